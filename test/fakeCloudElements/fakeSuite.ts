import { FakeCloudElements } from './fakeApi';
import { FAKE_SECRETS } from './fakeSecrets';

/**
 * The mocha hooks of a suite that talks to one fake Cloud Elements API with the fake secrets:
 * started before the suite (and handed to `use`), reset before each test, closed after the suite.
 */
export function useFakeCloudElements(use: (fake: FakeCloudElements) => void): void {
  let fake: FakeCloudElements | undefined;
  before(async () => {
    fake = await FakeCloudElements.start({ secrets: FAKE_SECRETS });
    use(fake);
  });
  after(() => fake?.close());
  beforeEach(() => fake?.reset());
}
