#pragma once

#include "chat/message.h"

#include <QCoreApplication>
#include <QString>

// The one wording of an answer's figures, shared by the conversation view and the status bar.
class MetricsText final {
    Q_DECLARE_TR_FUNCTIONS(MetricsText)

public:
    // "TTFT 120 ms · 85.3 tok/s · 12 prompt + 240 completion tokens"; parts the server did not
    // report are left out, estimated token counts carry a "~". Empty when nothing is known.
    static QString format(const MessageMetrics &metrics);
    // A count with group separators whatever the locale's default ("8,192" rather than "8192").
    static QString count(qint64 value);
};
