// Unit tests run outside the extension: the extension's words come from the English file.
import '../../../lib/i18n/english';
