/**
 * How a class joins: the code (in `data-join-code`), the link (`#join=CODE` on this
 * page's address) and a QR code of the link, drawn by the `qrcode` library.
 */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** The join link for a code, on the page's own address. */
export function joinLink(code: string, location: Location = window.location): string {
  return `${location.origin}${location.pathname}#join=${code}`;
}

/** Code, link and QR code. */
export function JoinDetails({ code }: { code: string }) {
  const link = joinLink(code);
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 200 })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <div className="join-details">
      <p>
        Join code: <strong data-join-code={code}>{code}</strong>
      </p>
      <p>
        Join link: <a href={link}>{link}</a>
      </p>
      {qr && (
        <img
          className="join-qr"
          src={qr}
          width={200}
          height={200}
          alt={`QR code of the join link ${link}`}
        />
      )}
      <p className="hint">
        Students open the link (or scan the code), pick a team and give it a name: no personal data.
      </p>
    </div>
  );
}
