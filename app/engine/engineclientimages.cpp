// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient's calls on images.
#include "engineclient.h"

#include "engineexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

namespace
{

/// The failure an image load's answer reports: a JSON message a line
/// (`{"stream":"Loaded image: …"}`), answered 200 even when the load failed
/// (`{"errorDetail":{"message":…},"error":…}`).
std::optional<EngineError> loadFailure(const QByteArray &answer)
{
    for (const QByteArray &line : answer.split('\n')) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError invalid;
        const QJsonDocument message = QJsonDocument::fromJson(line, &invalid);
        if (invalid.error != QJsonParseError::NoError || !message.isObject()) {
            return EngineError{EngineError::Kind::Protocol, 0, EngineClient::tr("The engine's answer to an image load is not a stream of JSON messages.")};
        }
        const QJsonValue error = message.object().value(QLatin1String("error"));
        if (!error.isUndefined()) {
            const QString detail = message.object().value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
            return EngineError{EngineError::Kind::ServerError, 0, detail.isEmpty() ? error.toString() : detail};
        }
    }
    return std::nullopt;
}

} // namespace

QFuture<EngineResult<ImageDetails>> EngineClient::inspectImage(const QString &image)
{
    return call<ImageDetails>(Request{"GET", QLatin1String("/images/") + encoded(image) + QLatin1String("/json")}, [](const Response &response) {
        return jsonOf(response.body).transform([](const QJsonDocument &document) {
            const QJsonObject image = document.object();
            QStringList layers;
            for (const QJsonValue &layer : image.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray()) {
                layers.append(layer.toString());
            }
            return ImageDetails{image.value(QLatin1String("Id")).toString(), layers};
        });
    });
}

QFuture<EngineResult<QStringList>> EngineClient::imageTags(const QString &repository)
{
    Request request{"GET", QStringLiteral("/images/json")};
    const QJsonObject filters{{QLatin1String("reference"), QJsonArray{repository}}};
    request.query.append({QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))});
    return call<QStringList>(request, [repository](const Response &response) -> EngineResult<QStringList> {
        return jsonOf(response.body).and_then([&repository](const QJsonDocument &document) -> EngineResult<QStringList> {
            if (!document.isArray()) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine's image list is not a JSON array.")});
            }
            // With the containerd image store, a matching image comes with all its names.
            const QString prefix = repository + QLatin1Char(':');
            QStringList tags;
            for (const QJsonValue &image : document.array()) {
                for (const QJsonValue &tag : image.toObject().value(QLatin1String("RepoTags")).toArray()) {
                    if (tag.toString().startsWith(prefix) && !tags.contains(tag.toString())) {
                        tags.append(tag.toString());
                    }
                }
            }
            return tags;
        });
    });
}

QFuture<EngineResult<void>> EngineClient::tagImage(const QString &image, const QString &repository, const QString &tag)
{
    Request request{"POST", QLatin1String("/images/") + encoded(image) + QLatin1String("/tag")};
    request.query = {{QStringLiteral("repo"), repository}, {QStringLiteral("tag"), tag}};
    return callWithoutResult(request);
}

QFuture<EngineResult<void>> EngineClient::removeImage(const QString &reference)
{
    return callWithoutResult(Request{"DELETE", QLatin1String("/images/") + encoded(reference)});
}

EngineClient::Request EngineClient::imageLoad()
{
    Request request{"POST", QStringLiteral("/images/load")};
    // Without quiet, a progress message a layer besides the names loaded.
    request.query = {{QStringLiteral("quiet"), QStringLiteral("1")}};
    request.contentType = QByteArrayLiteral("application/x-tar");
    return request;
}

QFuture<EngineResult<void>> EngineClient::loadImage(const QByteArray &tar)
{
    Request request = imageLoad();
    request.body = tar;
    request.timeoutMs = archiveTimeoutMs;
    return call<void>(request, [](const Response &response) -> EngineResult<void> {
        if (std::optional<EngineError> failure = loadFailure(response.body)) {
            return std::unexpected(*failure);
        }
        return {};
    });
}

EngineExchange *EngineClient::loadImage(QIODevice *tar, qint64 size, QObject *parent)
{
    const Request request = imageLoad();
    auto *load = new EngineExchange(this, parent);
    load->send(request.method, request.path, request.query, tar, size, request.contentType);
    return load;
}

std::optional<EngineError> EngineClient::loadError(const EngineExchange &load)
{
    if (load.error()) {
        return load.error();
    }
    return loadFailure(load.answerBody());
}

EngineExchange *EngineClient::saveImage(const QString &image, QObject *parent)
{
    auto *download = new EngineExchange(this, parent);
    download->get(QLatin1String("/images/") + encoded(image) + QLatin1String("/get"));
    return download;
}

} // namespace Stasis
