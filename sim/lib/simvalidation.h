#pragma once

#include "simconnection.h"
#include "simoptions.h"

#include <QJsonObject>
#include <QJsonValue>
#include <optional>

// vLLM's request checks for /v1/chat/completions, with its exact statuses, messages, types and
// params (protocol reference §4.3–4.4); llama.cpp's much laxer ones in that dialect.
namespace SimValidation {

// The rejection for a request, or nothing when it may proceed. `card` is null for an unknown model.
std::optional<SimResponse> validate(const QJsonObject &body, const SimOptions &options,
                                    const SimModelCard *card, int promptTokens);
// max_completion_tokens, else max_tokens (the name used goes to *field); -1 when neither is set.
qint64 requestedMaxTokens(const QJsonObject &body, QString *field);
// The engine's refusal of top_logprobs above --max-logprobs (20), empty when within it. Streaming
// requests get it as an in-stream error event (§4.5), others as a 400.
QString logprobsLimitError(const QJsonObject &body);
// Python repr() of a JSON value, as pydantic quotes request inputs in validation errors.
QString pythonRepr(const QJsonValue &value);
// A pydantic model validation failure as FastAPI's handler renders it: 400, type "Bad Request",
// `loc` a Python tuple ("('body', 'input')"), `input` the offending value.
SimResponse pydanticError(const SimOptions &options, const QString &type, const QString &loc,
                          const QString &msg, const QJsonValue &input,
                          const QJsonValue &param = QJsonValue::Null);

} // namespace SimValidation
