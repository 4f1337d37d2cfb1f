import type { ReactNode } from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** Read by screen readers, not shown: a step's heading (its tab already names it on screen). */
export function VisuallyHidden({ as: Tag = 'span', children }: { as?: 'span' | 'h2' | 'h3' | 'label'; children: ReactNode }) {
  return <Tag className={useStyles().hidden}>{children}</Tag>;
}
