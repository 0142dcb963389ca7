// SPDX-License-Identifier: GPL-2.0-or-later
// EngineClient's calls on named volumes.
#include "engineclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

namespace
{

QString volumePath(const QString &name)
{
    return QLatin1String("/volumes/") + EngineClient::encoded(name);
}

} // namespace

EngineResult<VolumeDetails> EngineClient::volumeOf(const QString &name, const QByteArray &body)
{
    return jsonOf(body).and_then([&name](const QJsonDocument &document) -> EngineResult<VolumeDetails> {
        const std::expected<VolumeDetails, QString> volume = VolumeDetails::fromJson(document.object());
        if (!volume) {
            return std::unexpected(
                EngineError{EngineError::Kind::Protocol, 0, tr("The engine's answer about the volume %1 is not readable: %2").arg(name, volume.error())});
        }
        if (volume->name != name) {
            return std::unexpected(
                EngineError{EngineError::Kind::Protocol, 0, tr("Asked for the volume %1, the engine answered with the volume %2.").arg(name, volume->name)});
        }
        return *volume;
    });
}

QFuture<EngineResult<VolumeDetails>> EngineClient::inspectVolume(const QString &name)
{
    return call<VolumeDetails>(Request{"GET", volumePath(name)}, [name](const Response &response) {
        return volumeOf(name, response.body);
    });
}

QFuture<EngineResult<VolumeDetails>> EngineClient::createVolume(const QString &name, const QString &driver, const QMap<QString, QString> &labels)
{
    return inspectVolume(name)
        .then(this,
              [this, name, driver, labels](const EngineResult<VolumeDetails> &existing) -> QFuture<EngineResult<VolumeDetails>> {
                  if (existing || existing.error().kind != EngineError::Kind::NotFound) {
                      const EngineError error = existing ? EngineError{EngineError::Kind::Conflict,
                                                                       0,
                                                                       tr("The engine already has a volume named %1. Remove it, or use it as it is.").arg(name)}
                                                         : existing.error();
                      return QtFuture::makeReadyValueFuture(EngineResult<VolumeDetails>(std::unexpected(error)));
                  }
                  QJsonObject labelObject;
                  for (auto it = labels.begin(); it != labels.end(); ++it) {
                      labelObject.insert(it.key(), it.value());
                  }
                  QJsonObject body{{QLatin1String("Name"), name}, {QLatin1String("Labels"), labelObject}};
                  if (!driver.isEmpty()) {
                      body.insert(QLatin1String("Driver"), driver);
                  }
                  Request request{"POST", QStringLiteral("/volumes/create")};
                  request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
                  return call<VolumeDetails>(request, [name](const Response &response) {
                      return volumeOf(name, response.body);
                  });
              })
        .unwrap();
}

QFuture<EngineResult<void>> EngineClient::removeVolume(const QString &name)
{
    return callWithoutResult(Request{"DELETE", volumePath(name)});
}

} // namespace Stasis
