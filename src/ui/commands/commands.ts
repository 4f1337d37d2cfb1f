/**
 * The ribbon's function file. The ribbon button only shows the task pane, which needs no code;
 * Office still requires the file to load office.js and call Office.onReady.
 */
Office.onReady(() => undefined);
