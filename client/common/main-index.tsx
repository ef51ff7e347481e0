// The landing page at "/": where someone who typed the laptop's address ends up. Judges never
// need it (their QR code opens their own pad); the operator follows the link printed at start.
import { createRoot } from 'react-dom/client';
import { LangSwitch, useT, type Strings } from './i18n.tsx';
import './theme.css';

const strings: Strings<'title' | 'lead' | 'host' | 'hostHint' | 'judge' | 'screen'> = {
  zh: {
    title: '擂台 · 擂台赛现场系统',
    lead: '本机正在运行擂台赛现场系统。',
    host: '主持人控制台',
    hostHint: '请使用启动时打印的带令牌的链接打开（首次打开后本机浏览器会记住）。',
    judge: '评委：请扫描工作人员发放的个人二维码进入打分页面，手机需连接会场 Wi-Fi。',
    screen: '大屏：请在主持人控制台的“评委入口”页复制大屏链接，在投影电脑上打开。',
  },
  en: {
    title: 'Leitai · arena contest console',
    lead: 'This laptop is running Leitai.',
    host: 'Host console',
    hostHint: 'Open it with the link (with its token) printed at start; this browser remembers it afterwards.',
    judge: 'Judges: scan your personal QR code from the staff; your phone must be on the venue Wi-Fi.',
    screen: 'Projector: copy the screen link from the host console (Judge access) and open it on the projector PC.',
  },
};

function Landing() {
  const t = useT(strings);
  return (
    <main style={{ maxWidth: 640, margin: '10vh auto', padding: 24, lineHeight: 1.7 }}>
      <h1 style={{ color: 'var(--red-700)' }}>{t('title')}</h1>
      <p>{t('lead')}</p>
      <p>
        <a href="/host" style={{ color: 'var(--red-700)', fontWeight: 700 }}>
          {t('host')}
        </a>
        <br />
        <small>{t('hostHint')}</small>
      </p>
      <p>{t('judge')}</p>
      <p>{t('screen')}</p>
      <LangSwitch />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Landing />);
