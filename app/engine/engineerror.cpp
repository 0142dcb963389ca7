// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineerror.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Stasis
{

EngineError EngineError::fromAnswer(int status, const QByteArray &body, const QString &reasonPhrase)
{
    QString message = JsonFields(QJsonDocument::fromJson(body).object()).string(QLatin1StringView("message"));
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
    static constexpr std::pair<int, Kind> kinds[] = {
        {304, Kind::NotModified},
        {400, Kind::BadRequest},
        {403, Kind::Forbidden},
        {404, Kind::NotFound},
        {409, Kind::Conflict},
        {501, Kind::NotImplemented},
    };
    const auto known = std::ranges::find(kinds, status, &std::pair<int, Kind>::first);
    return EngineError{known == std::end(kinds) ? Kind::ServerError : known->second, status, message};
}

bool EngineError::isTransientContentConflict() const
{
    return httpStatus == 500 && message.contains(QLatin1String("content sha256:")) && message.contains(QLatin1String("already exists"));
}

bool EngineError::isTransientRuntimeStart() const
{
    return httpStatus == 500 && message.contains(QLatin1String("read init-p: connection reset by peer"));
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
