import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, storedLocale } from './app/i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

void initI18n(storedLocale()).then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
