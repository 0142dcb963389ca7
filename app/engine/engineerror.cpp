// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stasis
{

EngineError EngineError::fromAnswer(int status, const QByteArray &body, const QString &reasonPhrase)
{
    QString message = QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    if (message.isEmpty()) {
        message = QString::fromUtf8(body).trimmed();
    }
    if (message.isEmpty()) {
        message = reasonPhrase;
    }
    return fromHttpStatus(status, message);
}

EngineError EngineError::fromHttpStatus(int status, const QString &message)
{
    Kind kind = Kind::ServerError;
    switch (status) {
    case 304:
        kind = Kind::NotModified;
        break;
    case 400:
        kind = Kind::BadRequest;
        break;
    case 403:
        kind = Kind::Forbidden;
        break;
    case 404:
        kind = Kind::NotFound;
        break;
    case 409:
        kind = Kind::Conflict;
        break;
    case 501:
        kind = Kind::NotImplemented;
        break;
    default:
        break;
    }
    return EngineError{kind, status, message};
}

bool EngineError::isTransientContentConflict() const
{
    return httpStatus == 500 && message.contains(QLatin1String("content sha256:")) && message.contains(QLatin1String("already exists"));
}

QString EngineError::toString() const
{
    switch (kind) {
    case Kind::NotImplemented:
        return tr("The engine does not offer checkpoints (%1). Enable experimental mode: add \"experimental\": true to /etc/docker/daemon.json and restart "
                  "the engine.")
            .arg(message);
    case Kind::NotModified:
        return message.isEmpty() ? tr("Nothing to do: the container is already in that state.") : message;
    default:
        break;
    }
    if (httpStatus > 0) {
        return tr("The engine answered %1: %2").arg(httpStatus).arg(message);
    }
    return message;
}

} // namespace Stasis
