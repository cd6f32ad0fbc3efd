'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

// The Shape Detection API is not in TypeScript's DOM types yet.
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect: (source: HTMLVideoElement) => Promise<DetectedBarcode[]> };
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const SCAN_INTERVAL_MS = 200;
const QR_ONLY = ['qr_code'];
/** The product barcodes shops use, and QR codes (a member's card), for the till. */
export const PRODUCT_CODE_FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'qr_code'];

function cameraScanSupported(): boolean {
  return 'BarcodeDetector' in window && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

const noSubscription = () => () => {};

/**
 * "Scan QR": opens the back camera in a dialog and calls `onScan` with the first QR code's text.
 * Not shown at all where the browser cannot do it (no BarcodeDetector or camera); the search
 * field next to it works everywhere. The camera is stopped whenever the dialog closes.
 */
export function QrScanButton({ onScan, label, formats = QR_ONLY }: { onScan: (text: string) => void; label?: string; formats?: string[] }) {
  const t = useTranslations('storeHandover.scanner');
  const supported = useSyncExternalStore(noSubscription, cameraScanSupported, () => false);
  const [open, setOpen] = useState(false);
  if (!supported) return null;
  return (
    <>
      <Button variant="secondary" size="lg" onClick={() => setOpen(true)}>
        <QrIcon />
        {label ?? t('open')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('title')} description={t('instructions')}>
        {open ? (
          <CameraView
            formats={formats}
            onScan={(text) => {
              setOpen(false);
              onScan(text);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function CameraView({ onScan, formats }: { onScan: (text: string) => void; formats: string[] }) {
  const t = useTranslations('storeHandover.scanner');
  const videoRef = useRef<HTMLVideoElement>(null);
  const onScanRef = useRef(onScan);
  const [state, setState] = useState<'starting' | 'running' | 'failed'>('starting');

  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;

    async function scan(detector: BarcodeDetectorLike) {
      const video = videoRef.current;
      if (stopped || !video) return;
      try {
        const [code] = video.readyState >= 2 ? await detector.detect(video) : [];
        if (code?.rawValue && !stopped) {
          stopped = true;
          onScanRef.current(code.rawValue);
          return;
        }
      } catch {
        // A frame that cannot be read: try the next one.
      }
      timer = window.setTimeout(() => void scan(detector), SCAN_INTERVAL_MS);
    }

    async function start() {
      try {
        const detector = new Detector({ formats });
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped || !videoRef.current) return;
        videoRef.current.srcObject = stream;
        await videoRef.current.play();
        setState('running');
        void scan(detector);
      } catch {
        if (!stopped) setState('failed');
      }
    }

    void start();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [formats]);

  return (
    <div className="flex flex-col gap-3">
      {state === 'failed' ? (
        <p role="alert" className="font-medium text-red-800">
          {t('cameraError')}
        </p>
      ) : null}
      {state === 'starting' ? <p role="status">{t('starting')}</p> : null}
      <video
        ref={videoRef}
        aria-label={t('video')}
        muted
        playsInline
        className={state === 'failed' ? 'hidden' : 'aspect-square w-full rounded-lg bg-stone-900 object-cover'}
      />
    </div>
  );
}

function QrIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden="true" focusable="false" className="size-5">
      <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4z" />
      <path d="M14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2" />
    </svg>
  );
}
