import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { applyUiLanguage } from '@/utils/browser/ui-language';
import '@/components/theme.css';

applyUiLanguage(document);
render(<OptionsApp />, document.getElementById('app')!);
