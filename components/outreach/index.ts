/** The outreach draft editor, shared by the popup and the dashboard. */
export { DraftEditor, type DraftEditorProps } from './DraftEditor';
export { DraftPreview } from './DraftPreview';
export { lengthText } from './length-text';
export { draftSegments, type DraftSegment } from './segments';
