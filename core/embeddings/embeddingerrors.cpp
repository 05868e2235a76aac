#include "embeddingerrors.h"

#include <QCoreApplication>

QString EmbeddingErrors::describeEmbedding(const ApiError &error)
{
    if (error.isRouteNotFound())
        return QCoreApplication::translate(
            "EmbeddingErrors", "The server does not serve embeddings (HTTP 404 Not Found): its model is not "
                               "an embedding model, or the address is wrong.");
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 400 && error.isContextLengthError())
        return QCoreApplication::translate("EmbeddingErrors", "Too long for the model (HTTP 400): %1")
            .arg(error.serverMessage);
    return error.userMessage();
}

QString EmbeddingErrors::describeRerank(const ApiError &error)
{
    if (error.isRouteNotFound())
        return QCoreApplication::translate(
            "EmbeddingErrors", "The server does not serve a reranker (HTTP 404 Not Found on /rerank, "
                               "/v1/rerank and /score): its model is neither a cross-encoder nor an "
                               "embedding model.");
    return error.userMessage();
}
