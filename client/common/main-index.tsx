// The landing page at "/": where someone who typed the laptop's address ends up. Judges never
// need it (their QR code opens their own pad); the operator follows the link printed at start;
// someone in the hall types the projector's six-digit join code and goes to /j/<code>.
import { useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { LangSwitch, useT, type Strings } from './i18n.tsx';
import './theme.css';

type Key = 'title' | 'lead' | 'host' | 'hostHint' | 'judge' | 'screen' | 'join' | 'joinHint' | 'joinGo' | 'joinBad';

const strings: Strings<Key> = {
  zh: {
    join: '输入加入码',
    joinHint: '大屏上的六位数字，例如 123456',
    joinGo: '进入',
    joinBad: '加入码是六位数字',
    title: '擂台 · 擂台赛现场系统',
    lead: '本机正在运行擂台赛现场系统。',
    host: '主持人控制台',
    hostHint: '请使用启动时打印的带令牌的链接打开（首次打开后本机浏览器会记住）。',
    judge: '评委：请扫描工作人员发放的个人二维码进入打分页面，手机需连接会场 Wi-Fi。',
    screen: '大屏：请在主持人控制台的“评委入口”页复制大屏链接，在投影电脑上打开。',
  },
  en: {
    join: 'Enter the join code',
    joinHint: 'The six digits on the projector, e.g. 123456',
    joinGo: 'Go',
    joinBad: 'The join code has six digits',
    title: 'Leitai · arena contest console',
    lead: 'This laptop is running Leitai.',
    host: 'Host console',
    hostHint: 'Open it with the link (with its token) printed at start; this browser remembers it afterwards.',
    judge: 'Judges: scan your personal QR code from the staff; your phone must be on the venue Wi-Fi.',
    screen: 'Projector: copy the screen link from the host console (Judge access) and open it on the projector PC.',
  },
};

/** The audience's way in when they typed the address instead of scanning the projector's QR. */
function JoinForm() {
  const t = useT(strings);
  const [code, setCode] = useState('');
  const [bad, setBad] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Spaces and dashes as printed or typed ("123 456") are not part of the code.
    const digits = code.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(digits)) return setBad(true);
    location.assign(`/j/${digits}`);
  };
  return (
    <form onSubmit={submit} style={{ margin: '24px 0', padding: 16, border: '1px solid var(--line, #ddd)', borderRadius: 8 }}>
      <label htmlFor="join-code" style={{ display: 'block', fontWeight: 700, marginBottom: 8 }}>
        {t('join')}
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <input
          id="join-code"
          name="code"
          data-testid="join-code"
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          placeholder="123456"
          value={code}
          onChange={(e) => (setCode(e.target.value), setBad(false))}
          style={{ flex: 1, minWidth: 0, fontSize: 24, letterSpacing: '0.2em', padding: '6px 10px' }}
        />
        <button type="submit" style={{ fontSize: 18, padding: '6px 18px' }}>
          {t('joinGo')}
        </button>
      </div>
      <small style={{ color: bad ? 'var(--danger, #c40000)' : undefined }}>{bad ? t('joinBad') : t('joinHint')}</small>
    </form>
  );
}

function Landing() {
  const t = useT(strings);
  return (
    <main style={{ maxWidth: 640, margin: '10vh auto', padding: 24, lineHeight: 1.7 }}>
      <h1 style={{ color: 'var(--red-700)' }}>{t('title')}</h1>
      <p>{t('lead')}</p>
      <JoinForm />
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
