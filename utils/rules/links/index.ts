import type { Rule } from '../../types';
import emptyOrNameless from './empty-or-nameless';
import malformedMailto from './malformed-mailto';
import retiredResource from './retired-resource';
import stagingOrLocalhost from './staging-or-localhost';
import insecureHttp from './insecure-http';

// Catalog §1G (LNK-002…004; LNK-001 needs network checks) and the link-target checks of CTA-004.
export const linksRules: Rule[] = [emptyOrNameless, malformedMailto, retiredResource, stagingOrLocalhost, insecureHttp];
