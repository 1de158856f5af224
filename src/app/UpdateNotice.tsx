import { useEffect } from 'react';
import { Button } from '../components/Button';
import { FloatingNotice } from '../components/FloatingNotice';
import { takeLandingDocument } from './landing-document';
import { applyUpdate, registerServiceWorker, useUpdateReady } from './service-worker';

/**
 * Registers the service worker and tells the reader when a new version has been deployed; it
 * takes over only when they say so. Loaded on demand (see Shell): no first load waits for it.
 */
export function UpdateNotice() {
  const updateReady = useUpdateReady();
  useEffect(() => registerServiceWorker(takeLandingDocument()), []);
  if (!updateReady) return null;
  return (
    <FloatingNotice>
      <p>网站已更新，刷新即可使用新版本。</p>
      <Button onClick={applyUpdate}>刷新</Button>
    </FloatingNotice>
  );
}
