// The dossier page: takes the code from `?code=`, hands it to <dvc-context>
// (the payment and survey widgets inside follow it), and shows the dossier's
// public status from `GET /v1/dossiers/{code}/status`. Text only, through
// DOM APIs: nothing from the URL or the API is ever parsed as HTML (and the
// page's Trusted Types policy would refuse it).

const STATUS = {
  received: ['Đã tiếp nhận', 'Received'],
  processing: ['Đang giải quyết', 'Being processed'],
  supplement_requested: ['Cần bổ sung hồ sơ', 'More documents needed'],
  awaiting_payment: ['Chờ nộp phí, lệ phí', 'Awaiting payment of fees'],
  result_ready: ['Đã có kết quả', 'Result ready'],
  result_returned: ['Đã trả kết quả', 'Result returned'],
  rejected: ['Từ chối giải quyết', 'Rejected'],
  withdrawn: ['Đã rút hồ sơ', 'Withdrawn'],
};

const DATE = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' }),
};

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The same thing in both languages; CSS shows the page's one. */
function both(vi, en) {
  return [el('span', { 'data-l': 'vi' }, vi), el('span', { 'data-l': 'en', lang: 'en' }, en)];
}

const box = document.getElementById('dossier-status');
const context = document.getElementById('dossier-context');
const code = (new URLSearchParams(location.search).get('code') ?? '').trim().toUpperCase();

function show(...children) {
  box.replaceChildren(...children);
  box.removeAttribute('aria-busy');
}

function showProblem(vi, en, { retry = false } = {}) {
  const parts = [el('p', { class: 'notice' }, ...both(vi, en))];
  if (retry) {
    const button = el(
      'button',
      { type: 'button', class: 'button' },
      ...both('Thử lại', 'Try again'),
    );
    button.addEventListener('click', () => void load({ focus: true }));
    parts.push(el('p', {}, button));
  }
  parts.push(
    el(
      'p',
      {},
      el('a', { href: '/#tra-cuu' }, ...both('Tra cứu mã hồ sơ khác', 'Look up another code')),
    ),
  );
  show(...parts);
}

function fact(labelVi, labelEn, ...value) {
  return [el('dt', {}, ...both(labelVi, labelEn)), el('dd', {}, ...value)];
}

function date(iso) {
  const at = new Date(iso);
  return both(DATE.vi.format(at), DATE.en.format(at));
}

function render(status) {
  const label = STATUS[status.status] ?? [status.status, status.status];
  const state = [el('span', { class: 'badge' }, ...both(label[0], label[1]))];
  if (status.overdue) {
    state.push(' ', el('span', { class: 'badge late' }, ...both('Quá hạn', 'Overdue')));
  }
  show(
    el(
      'dl',
      { class: 'facts' },
      ...fact('Thủ tục', 'Procedure', status.procedure.name),
      ...fact('Tình trạng', 'Status', ...state),
      ...fact('Ngày tiếp nhận', 'Received on', ...date(status.receivedAt)),
      ...fact('Hạn trả kết quả', 'Result due', ...date(status.dueAt)),
    ),
  );
}

let loading;

async function load({ focus = false } = {}) {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  box.setAttribute('aria-busy', 'true');
  let response;
  try {
    response = await fetch(`/v1/dossiers/${encodeURIComponent(code)}/status`, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
  } catch {
    if (controller.signal.aborted) return;
    showProblem(
      'Không tải được tình trạng hồ sơ. Vui lòng kiểm tra kết nối mạng.',
      'The dossier status could not be loaded. Please check your connection.',
      { retry: true },
    );
    return;
  }
  if (response.ok) {
    try {
      render(await response.json());
    } catch {
      showProblem('Không đọc được tình trạng hồ sơ.', 'The dossier status could not be read.', {
        retry: true,
      });
    }
  } else if (response.status === 404) {
    showProblem(
      `Không tìm thấy hồ sơ có mã ${code}. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.`,
      `No dossier has the code ${code}. Please check the code on your receipt.`,
    );
  } else if (response.status === 400) {
    showProblem(
      `Mã “${code}” không đúng định dạng (ví dụ: 000.00.17.H48-241108-0085).`,
      `“${code}” is not a dossier code (for example 000.00.17.H48-241108-0085).`,
    );
  } else {
    showProblem(
      'Hệ thống đang bận, chưa tải được tình trạng hồ sơ.',
      'The service is busy; the dossier status could not be loaded.',
      { retry: true },
    );
  }
  if (focus) box.querySelector('button, a')?.focus();
}

if (code) {
  document.getElementById('dossier-code').textContent = code;
  const root = document.documentElement;
  root.dataset.titleVi = `Hồ sơ ${code} — Cổng Dịch vụ công tỉnh Mẫu — BẢN DEMO`;
  root.dataset.titleEn = `Dossier ${code} — Mẫu Province Public Service Portal — DEMO`;
  document.dispatchEvent(new Event('demo:title'));
  context.setAttribute('dossier', code);
  // Paying moves the dossier on (awaiting payment → being processed): show it.
  context.addEventListener('dvc-payment-status-change', (event) => {
    if (event.detail.previous !== undefined) void load();
  });
  void load();
} else {
  context.remove();
  showProblem(
    'Chưa có mã hồ sơ. Vui lòng nhập mã hồ sơ để tra cứu.',
    'No dossier code was given. Please enter a dossier code to look it up.',
  );
}
