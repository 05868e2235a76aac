#pragma once

class QFrame;
class QLabel;

// The look the inline notices above the conversation share (ServerNotice, KeychainNotice): a
// tinted panel, and a wrapping plain-text label (server and system messages are never markup).
namespace NoticeStyle {

void apply(QFrame *frame, QLabel *label);

} // namespace NoticeStyle
