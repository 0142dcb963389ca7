// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient's calls on images.
#include "engineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

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

QFuture<EngineResult<void>> EngineClient::removeImage(const QString &reference)
{
    return callWithoutResult(Request{"DELETE", QLatin1String("/images/") + encoded(reference)});
}

QFuture<EngineResult<void>> EngineClient::loadImage(const QByteArray &tar)
{
    Request request{"POST", QStringLiteral("/images/load")};
    request.query = {{QStringLiteral("quiet"), QStringLiteral("1")}};
    request.body = tar;
    request.contentType = QByteArrayLiteral("application/x-tar");
    request.timeoutMs = archiveTimeoutMs;
    return call<void>(request, [](const Response &response) -> EngineResult<void> {
        // A stream of JSON messages, answered 200 even when the load failed.
        for (const QByteArray &line : response.body.split('\n')) {
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            if (message.contains(QLatin1String("error"))) {
                return std::unexpected(EngineError{EngineError::Kind::ServerError, response.status, message.value(QLatin1String("error")).toString()});
            }
        }
        return {};
    });
}

} // namespace Stasis
