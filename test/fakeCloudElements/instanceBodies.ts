import { FAKE_BODY_PASSWORD } from './fakeSecrets';

/** A QuickBase body the fake platform creates, with a password the tests look for in every output. */
export const CLEAN_BODY = `{
  "element": {"key": "quickbasedb"},
  "name": "Acme QuickBase",
  "configuration": {"subdomain": "acme.quickbase.com", "quickbase.user": "ann", "quickbase.password": "${FAKE_BODY_PASSWORD}"}
}
`;

/** Clean but for one warning (events-not-enabled) at 4:81. */
export const BODY_WITH_WARNING = CLEAN_BODY.replace('"quickbase.user": "ann"', '"quickbase.user": "ann", "event.vendor.type": "polling"');

/** One error (vendor-type) at 4:102, and the warning. */
export const BODY_WITH_ERROR = CLEAN_BODY.replace('"quickbase.user": "ann"', '"quickbase.user": "ann", "event.vendor.type": "pollin"');
