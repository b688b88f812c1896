import type { Message } from './message';

/**
 * The Vietnamese catalog — the default language and the source of truth for
 * message keys and their `{placeholders}`: every other catalog is typed
 * against it.
 *
 * @summary Vietnamese messages shared by every dvc-kit widget.
 */
export const vi = {
  loading: 'Đang tải…',
  retry: 'Thử lại',
  retrying: 'Đang thử lại…',
  retryIn: 'Tự động thử lại sau {count} giây',
  errorGeneric: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  errorNetwork: 'Không kết nối được. Vui lòng kiểm tra mạng và thử lại.',
  errorTimeout: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
  errorNotFound: 'Không tìm thấy thông tin bạn yêu cầu.',
  errorTooManyRequests: 'Hệ thống đang quá tải. Vui lòng thử lại sau ít phút.',
  offline: 'Bạn đang ngoại tuyến. Thông tin sẽ được cập nhật khi có mạng trở lại.',
  backOnline: 'Đã kết nối mạng trở lại.',
  lastUpdatedAt: 'Cập nhật lúc {time}',
  timeRemaining: 'Còn lại {duration}',
  expired: 'Đã hết hạn',
  opensInNewTab: '(mở trong thẻ mới)',
  signInWith: 'Đăng nhập bằng {provider}',
  signOut: 'Đăng xuất',
  signedInAs: 'Đã đăng nhập với tên {name}',
  dossierCode: 'Mã hồ sơ',
} as const satisfies Record<string, Message>;
