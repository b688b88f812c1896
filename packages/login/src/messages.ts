import { defineMessages } from '@dvc-kit/ui-core';

/**
 * The texts of `<dvc-login>` (Vietnamese first; English typed against it).
 * What every widget says (retry, network errors, "Đăng nhập bằng {provider}",
 * "Đăng xuất") comes from ui-core's shared catalogs.
 */
export const messages = defineMessages(
  {
    regionLabel: 'Đăng nhập',
    checking: 'Đang kiểm tra phiên đăng nhập…',
    signedOutIntro: 'Đăng nhập bằng tài khoản định danh điện tử để dùng các dịch vụ công cá nhân.',
    redirecting: 'Đang chuyển đến {provider}…',
    signingOut: 'Đang đăng xuất…',
    identityNumber: 'Số định danh cá nhân',
    identityNumberHidden: '(đã che bốn chữ số giữa)',
    levelBadge: 'Mức {level}',
    levelLong: 'Tài khoản định danh điện tử mức {level}',
    announceSignedIn: 'Đăng nhập thành công. {name}.',
    announceSignedOut: 'Bạn đã đăng xuất.',
    expired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    errorTitle: 'Không đăng nhập được',
    errorInvalidResponse:
      'Phản hồi đăng nhập không hợp lệ hoặc đã được sử dụng. Vì an toàn, bạn cần đăng nhập lại.',
    errorDenied: 'Bạn đã hủy đăng nhập hoặc không đồng ý chia sẻ thông tin.',
    errorProvider: 'Nhà cung cấp định danh đang gặp sự cố. Vui lòng thử lại sau.',
    errorFramed:
      'Vì an toàn, không thể đăng nhập khi trang được nhúng trong trang khác. Vui lòng mở trang trong một cửa sổ riêng.',
    openInNewWindow: 'Mở trang trong cửa sổ mới',
    errorConfig:
      'Trang này chưa được cấu hình đúng để đăng nhập. Vui lòng báo cho đơn vị quản lý cổng thông tin.',
    errorAssurance:
      'Dịch vụ này yêu cầu tài khoản định danh điện tử mức {level}. Tài khoản bạn vừa dùng chưa đạt mức này.',
    errorSession: 'Không kiểm tra được phiên đăng nhập.',
    errorSignOut: 'Không đăng xuất được. Vui lòng thử lại.',
    providerVneid: 'VNeID',
    providerDvcqg: 'tài khoản Cổng Dịch vụ công quốc gia',
  },
  {
    regionLabel: 'Sign in',
    checking: 'Checking your sign-in…',
    signedOutIntro:
      'Sign in with your electronic identity account to use personal public services.',
    redirecting: 'Taking you to {provider}…',
    signingOut: 'Signing out…',
    identityNumber: 'Personal identification number',
    identityNumberHidden: '(middle four digits hidden)',
    levelBadge: 'Level {level}',
    levelLong: 'Level {level} electronic identity account',
    announceSignedIn: 'Signed in. {name}.',
    announceSignedOut: 'You have signed out.',
    expired: 'Your session has expired. Please sign in again.',
    errorTitle: 'Could not sign in',
    errorInvalidResponse:
      'The sign-in response was invalid or already used. For your safety, please sign in again.',
    errorDenied: 'You cancelled the sign-in or did not agree to share your details.',
    errorProvider: 'The identity provider is having problems. Please try again later.',
    errorFramed:
      'For your safety, you cannot sign in while this page is shown inside another page. Please open it in its own window.',
    openInNewWindow: 'Open the page in a new window',
    errorConfig:
      'This page is not set up correctly for signing in. Please tell the portal’s operator.',
    errorAssurance:
      'This service needs a level {level} electronic identity account. The account you used is not at that level.',
    errorSession: 'Could not check whether you are signed in.',
    errorSignOut: 'Could not sign out. Please try again.',
    providerVneid: 'VNeID',
    providerDvcqg: 'a National Public Service Portal account',
  },
);
