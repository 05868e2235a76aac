// libFuzzer target: the error-body parser. The first two bytes pick the HTTP status; the rest is
// the body of the error response (fromHttpResponse), and also the value of an in-stream error
// event (fromStreamError). Whatever the body, the user gets one non-empty sentence, the status
// line stays authoritative, and a body that is not a known error shape is quoted, not shown whole.
#include "api/apierror.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] << 8 | data[1]) % 200; // 400..599: the error statuses
    const QByteArray body = Fuzz::bytes(data + 2, size - 2).toByteArray();

    const ApiError http = ApiError::fromHttpResponse(status, body);
    FUZZ_CHECK(http.kind == ApiError::Kind::Http);
    FUZZ_CHECK(http.httpStatus == status);
    const QString message = http.userMessage();
    FUZZ_CHECK(!message.isEmpty());
    if (!body.trimmed().isEmpty())
        FUZZ_CHECK(!http.serverMessage.isEmpty());
    if (!QJsonDocument::fromJson(body.trimmed()).isObject())
        FUZZ_CHECK(http.serverMessage.size() <= 301); // quoted: 300 characters and an ellipsis
    (void)http.isRetryable();
    (void)http.isContextLengthError();

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue value = document.isObject()  ? QJsonValue(document.object())
                             : document.isArray() ? QJsonValue(document.array())
                                                  : QJsonValue(QString::fromUtf8(body));
    const ApiError stream = ApiError::fromStreamError(value);
    FUZZ_CHECK(stream.kind == ApiError::Kind::StreamError);
    FUZZ_CHECK(!stream.userMessage().isEmpty());
    return 0;
}
