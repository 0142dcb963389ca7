// SPDX-License-Identifier: GPL-2.0-or-later
#include "helpercontainer.h"

#include "engine/engineclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    const QString path = pathInside(relativePath);
    return client->request("HEAD", containerPath(helper) + QLatin1String("/archive"), {{QStringLiteral("path"), path}})
        .then(client, [path](const EngineResult<EngineClient::Response> &response) -> EngineResult<PathStat> {
            if (!response) {
                return std::unexpected(response.error());
            }
            const std::optional<PathStat> stat = PathStat::fromHeader(response->header("X-Docker-Container-Path-Stat"));
            if (!stat) {
                return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine sent no readable file information for %1.").arg(path)});
            }
            return *stat;
        });
}

QFuture<EngineResult<void>> HelperContainer::remove(EngineClient *client, const QString &helper)
{
    return client->removeContainer(helper, true);
}

} // namespace Stasis
