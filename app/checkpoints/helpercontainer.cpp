// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpercontainer.h"

#include "engine/engineclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>

namespace Stasis
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("HelperContainer", text);
}

QString containerPath(const QString &container)
{
    return QLatin1String("/containers/") + EngineClient::encoded(container);
}
} // namespace

QString HelperContainer::pathInside(const QString &relativePath)
{
    return relativePath.isEmpty() ? QString(mountPoint) : mountPoint + QLatin1Char('/') + relativePath;
}

QFuture<EngineResult<QString>> HelperContainer::create(EngineClient *client, const QString &image, const QString &hostFolder, bool readOnly)
{
    const QString name = namePrefix + QString::number(QRandomGenerator::global()->generate64(), 36);
    const QJsonObject mount{
        {QLatin1String("Type"), QLatin1String("bind")},
        {QLatin1String("Source"), hostFolder},
        {QLatin1String("Target"), QString(mountPoint)},
        {QLatin1String("ReadOnly"), readOnly},
    };
    const QJsonObject hostConfig{
        {QLatin1String("NetworkMode"), QLatin1String("none")},
        {QLatin1String("Mounts"), QJsonArray{mount}},
    };
    const QJsonObject body{
        {QLatin1String("Image"), image},
        // Never started; the engine still wants a command when the image has none.
        {QLatin1String("Cmd"), QJsonArray{QLatin1String("/bin/true")}},
        {QLatin1String("NetworkDisabled"), true},
        {QLatin1String("Labels"), QJsonObject{{QString(label), QLatin1String("true")}}},
        {QLatin1String("HostConfig"), hostConfig},
    };
    return client
        ->request("POST", QStringLiteral("/containers/create"), {{QStringLiteral("name"), name}}, QJsonDocument(body).toJson(QJsonDocument::Compact))
        .then(client, [](const EngineResult<EngineClient::Response> &response) -> EngineResult<QString> {
            if (!response) {
                return std::unexpected(response.error());
            }
            const QString id = QJsonDocument::fromJson(response->body).object().value(QLatin1String("Id")).toString();
            if (id.isEmpty()) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine created a helper container but did not say its id.")});
            }
            return id;
        });
}

QFuture<EngineResult<PathStat>> HelperContainer::stat(EngineClient *client, const QString &helper, const QString &relativePath)
{
    // The engine answers `HEAD …/archive` without a Content-Length, and Qt's
    // HTTP stack sends "HEAD" as a custom verb, so it waits for a body until
    // its time-out. The GET carries the same header before the tar body:
    // read the header, then abort the body.
    const QString path = pathInside(relativePath);
    auto promise = std::make_shared<QPromise<EngineResult<PathStat>>>();
    promise->start();
    auto answered = std::make_shared<bool>(false);
    const auto answer = [promise, answered, path](QNetworkReply *reply) {
        *answered = true;
        const std::optional<PathStat> stat = PathStat::fromHeader(reply->rawHeader("X-Docker-Container-Path-Stat"));
        if (stat) {
            promise->addResult(*stat);
        } else {
            const QString message = tr("The engine sent no readable file information for %1.").arg(path);
            promise->addResult(std::unexpected(EngineError{EngineError::Kind::Protocol, 0, message}));
        }
        promise->finish();
    };
    QNetworkReply *reply = client->openStream(containerPath(helper) + QLatin1String("/archive"), {{QStringLiteral("path"), path}});
    QObject::connect(reply, &QNetworkReply::metaDataChanged, client, [reply, answered, answer] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*answered || status < 200 || status >= 300) {
            return; // errors are read when the reply finishes
        }
        answer(reply);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, client, [client, reply, promise, answered, answer] {
        reply->deleteLater();
        if (*answered) {
            return;
        }
        if (const std::optional<EngineError> error = client->streamError(reply)) {
            *answered = true;
            promise->addResult(std::unexpected(*error));
            promise->finish();
            return;
        }
        answer(reply);
    });
    return promise->future();
}

QFuture<EngineResult<void>> HelperContainer::remove(EngineClient *client, const QString &helper)
{
    return client->removeContainer(helper, true);
}

} // namespace Stasis
