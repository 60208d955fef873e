import type { ProviderId } from '../types';
import { feedsProvider } from './feeds';
import { gdeltProvider } from './gdelt';
import { googleNewsProvider } from './google-news';
import { guardianProvider } from './guardian';
import type { CoverageProvider } from './provider';

export const PROVIDERS: Record<ProviderId, CoverageProvider> = {
  'google-news': googleNewsProvider,
  gdelt: gdeltProvider,
  feeds: feedsProvider,
  guardian: guardianProvider,
};

export type { CoverageProvider, ProviderContext } from './provider';
export { feedsProvider, gdeltProvider, googleNewsProvider, guardianProvider };
