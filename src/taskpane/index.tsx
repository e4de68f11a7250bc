import * as React from 'react';
import { createRoot } from 'react-dom/client';

function Placeholder(): React.JSX.Element {
  const officeLoaded = typeof Office !== 'undefined';
  return (
    <main>
      <h1>医療研究開発予算チェック</h1>
      <p role="status">
        {officeLoaded
          ? 'Office.js を読み込みました。'
          : 'Office.js を読み込めませんでした。Excel から開くか、ネットワーク接続を確認してください。'}
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Placeholder />);
