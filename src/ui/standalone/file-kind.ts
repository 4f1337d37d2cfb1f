/**
 * What a chosen file is, from its name and first bytes, before any of it is read: an .xlsx goes on
 * to the worker; an old Excel file (.xls), an OpenDocument spreadsheet (.ods) or a text file (.csv)
 * gets a sentence saying to save it as .xlsx, rather than being taken for a damaged or
 * password-protected workbook. (An .xls and a password-protected .xlsx are both OLE compound files:
 * the name tells them apart.)
 */

/** The same shape as the readers' UnreadableWorkbookError, so that ErrorBar words it alike. */
export class FileKindError extends Error {
  constructor(readonly reason: 'xls' | 'ods' | 'csv' | 'encrypted' | 'not-xlsx') {
    super(reason);
    this.name = 'UnreadableWorkbookError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

export function fileKindProblem(name: string, head: Uint8Array): FileKindError | undefined {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (startsWith(head, OLE)) return new FileKindError(extension === 'xls' ? 'xls' : 'encrypted');
  if (startsWith(head, ZIP)) return extension === 'ods' || extension === 'ots' ? new FileKindError('ods') : undefined;
  if (extension === 'xls') return new FileKindError('xls');
  if (extension === 'ods') return new FileKindError('ods');
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return new FileKindError('csv');
  return new FileKindError('not-xlsx');
}

export async function fileProblem(file: Blob & { name: string }): Promise<FileKindError | undefined> {
  return fileKindProblem(file.name, new Uint8Array(await file.slice(0, 8).arrayBuffer()));
}
