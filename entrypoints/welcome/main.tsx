import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { applyUiLanguage } from '@/utils/browser/ui-language';
import '@/components/theme.css';

applyUiLanguage(document);
render(<WelcomeApp />, document.getElementById('app')!);
