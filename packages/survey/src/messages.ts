import { defineMessages } from '@dvc-kit/ui-core';

/** The survey's own texts; shared ones (loading, retry, network errors) come from ui-core. */
export const messages = defineMessages(
  {
    requiredMark: '(bắt buộc)',
    anonymity: 'Câu trả lời chỉ gắn với mã hồ sơ, không gắn với danh tính của bạn.',
    send: 'Gửi đánh giá',
    sending: 'Đang gửi đánh giá…',
    summaryTitle: 'Vui lòng kiểm tra lại',
    summaryIntro: 'Còn câu hỏi bắt buộc chưa trả lời:',
    errorPrefix: 'Lỗi:',
    errorChoose: 'Vui lòng chọn một câu trả lời.',
    errorEnter: 'Vui lòng nhập câu trả lời.',
    charLimit: 'Tối đa {max} ký tự.',
    charsLeft: 'Còn {count} ký tự',
    charsOver: 'Đã đạt giới hạn {max} ký tự',
    queuedTitle: 'Đã lưu câu trả lời',
    queuedBody: 'Câu trả lời sẽ được tự động gửi khi có kết nối mạng.',
    queuedHint:
      'Bạn có thể đóng trang này: câu trả lời được lưu trên máy và sẽ tự gửi đi khi bạn mở lại trang.',
    queuedMemoryOnly:
      'Trình duyệt không cho lưu câu trả lời trên máy. Vui lòng giữ trang này mở cho đến khi gửi xong.',
    sendNow: 'Gửi ngay',
    thanksTitle: 'Cảm ơn bạn đã đánh giá',
    thanksBody: 'Đánh giá của bạn đã được ghi nhận.',
    receipt: 'Mã biên nhận: {id}',
    answeredTitle: 'Hồ sơ này đã được đánh giá',
    answeredBody: 'Mỗi hồ sơ chỉ được đánh giá một lần. Cảm ơn bạn.',
    loadErrorTitle: 'Không tải được phiếu đánh giá',
    notAvailableTitle: 'Chưa thể đánh giá hồ sơ này',
    notAvailableBody: 'Bạn có thể đánh giá sau khi hồ sơ đã được giải quyết.',
    noDossierTitle: 'Thiếu mã hồ sơ',
    noDossierBody:
      'Trang này chưa cho biết hồ sơ nào cần đánh giá. Vui lòng báo cho cơ quan quản lý trang.',
    invalidDossierBody:
      'Mã hồ sơ “{code}” không đúng định dạng (ví dụ: 000.00.12.H48-241120-0001).',
    noClientBody:
      'Trang này chưa được cấu hình để gửi đánh giá. Vui lòng báo cho cơ quan quản lý trang.',
    invalidSurveyBody: 'Phiếu đánh giá nhận được không hợp lệ. Vui lòng thử lại sau.',
    rejectedTitle: 'Câu trả lời chưa được chấp nhận',
    rejectedBody: 'Hệ thống không nhận câu trả lời đã lưu. Vui lòng trả lời lại phiếu.',
    answerAgain: 'Trả lời lại',
    kioskWaitingTitle: 'Sẵn sàng cho lượt đánh giá tiếp theo',
    kioskWaitingBody: 'Vui lòng chờ cán bộ mở phiếu cho hồ sơ tiếp theo.',
    kioskResetIn: 'Màn hình sẽ trở về sau {count} giây.',
  },
  {
    requiredMark: '(required)',
    anonymity: 'Your answers are linked to the dossier code only, not to who you are.',
    send: 'Send rating',
    sending: 'Sending your rating…',
    summaryTitle: 'There is a problem',
    summaryIntro: 'Some required questions have no answer:',
    errorPrefix: 'Error:',
    errorChoose: 'Choose an answer.',
    errorEnter: 'Enter an answer.',
    charLimit: 'Up to {max} characters.',
    charsLeft: { one: '{count} character left', other: '{count} characters left' },
    charsOver: 'You have reached the limit of {max} characters',
    queuedTitle: 'Your answers are saved',
    queuedBody: 'They will be sent automatically when you are back online.',
    queuedHint:
      'You can close this page: your answers are kept on this device and will be sent when you open the page again.',
    queuedMemoryOnly:
      'This browser does not allow saving your answers on the device. Keep this page open until they are sent.',
    sendNow: 'Send now',
    thanksTitle: 'Thank you for your rating',
    thanksBody: 'Your rating has been recorded.',
    receipt: 'Receipt: {id}',
    answeredTitle: 'This dossier has already been rated',
    answeredBody: 'Each dossier can be rated once. Thank you.',
    loadErrorTitle: 'The survey could not be loaded',
    notAvailableTitle: 'This dossier cannot be rated yet',
    notAvailableBody: 'You can rate it once the dossier has been handled.',
    noDossierTitle: 'No dossier code',
    noDossierBody:
      'This page does not say which dossier to rate. Please tell the agency that runs the page.',
    invalidDossierBody:
      'The dossier code “{code}” is not in the right format (for example 000.00.12.H48-241120-0001).',
    noClientBody:
      'This page is not set up to send ratings. Please tell the agency that runs the page.',
    invalidSurveyBody: 'The survey received is not valid. Please try again later.',
    rejectedTitle: 'Your answers were not accepted',
    rejectedBody: 'The service did not accept the saved answers. Please answer the survey again.',
    answerAgain: 'Answer again',
    kioskWaitingTitle: 'Ready for the next rating',
    kioskWaitingBody: 'Please wait for the staff to open the survey of the next dossier.',
    kioskResetIn: {
      one: 'This screen resets in {count} second.',
      other: 'This screen resets in {count} seconds.',
    },
  },
);
