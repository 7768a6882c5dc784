export type { SiteProfile } from './site-profile';
export { createSiteProfile } from './create-site-profile';
export { genericProfile } from './generic-profile';
export { SITE_PROFILES, supportedHosts } from './site-registry';
