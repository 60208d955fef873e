import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { applyUiLanguage } from '@/utils/browser/ui-language';
import '@/components/theme.css';

applyUiLanguage(document);
render(<PopupApp />, document.getElementById('app')!);
