// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace Stasis
{

/// What `GET /_ping` says about the engine, from its headers.
struct EnginePing {
    QString apiVersion;
    bool experimental = false;
    QString osType;
};

/// `GET /version`: the engine facts a checkpoint archive's manifest records.
struct EngineVersion {
    QString version; ///< e.g. "26.1.5+dfsg1"
    QString apiVersion; ///< the newest API the engine speaks, e.g. "1.45"
    QString minApiVersion;
    QString os; ///< the OS type, "linux" or "windows"
    QString arch; ///< e.g. "amd64"
    QString kernelVersion;

    bool operator==(const EngineVersion &) const = default;

    static EngineVersion fromJson(const QJsonObject &object);
    /// With the engine's key names, so that fromJson() reads it back.
    QJsonObject toJson() const;
};

/// `GET /info`, the parts Stasis needs.
struct EngineInfo {
    QString name;
    QString serverVersion;
    QString operatingSystem;
    QString osType;
    QString kernelVersion;
    QString architecture;
    QString dockerRootDir;
    bool experimentalBuild = false;
    int containers = 0;
    int containersRunning = 0;

    static EngineInfo fromJson(const QJsonObject &object);
};

/// One entry of `GET /containers/{id}/checkpoints`.
struct CheckpointRef {
    QString name;
};

/// What `POST /containers/{id}/checkpoints` is asked to do.
struct CheckpointOptions {
    QString name;
    bool leaveRunning = false;
    /// Empty: the engine's default folder under its data root.
    QString directory;
};

/// The parts of `POST /containers/create` Stasis uses.
struct ContainerSpec {
    QString name;
    QString image;
    QStringList command;
    QString networkMode = QStringLiteral("none");
    bool tty = false;
    /// Seconds between SIGTERM and SIGKILL on stop; -1: the engine's default.
    int stopTimeoutSeconds = -1;

    QByteArray toJson() const;
};

/// One row of `GET /containers/json`.
struct ContainerSummary {
    QString id;
    QString name;
    QString image;
    QString state; ///< created, running, paused, restarting, removing, exited, dead
    QString status; ///< the engine's words, e.g. "Up 5 minutes (Paused)"
    QDateTime created;
    QMap<QString, QString> labels;

    static ContainerSummary fromJson(const QJsonObject &object);
    /// Stasis's own short-lived containers (file access to checkpoints).
    bool isStasisHelper() const;
};

/// The label that marks Stasis's helper containers; lists hide them.
inline constexpr QLatin1StringView helperLabel{"org.stasis.helper"};

/// One message of `GET /events`, container events only.
struct ContainerEvent {
    QString action; ///< start, die, pause, rename, destroy, checkpoint, ...
    QString id;
    QMap<QString, QString> attributes; ///< name, image, labels, exitCode, ...
    qint64 timeNano = 0;

    /// Empty optional when @p object is not a container event.
    static std::optional<ContainerEvent> fromJson(const QJsonObject &object);
};

/// `GET /containers/{id}/json`, the parts Stasis needs.
struct ContainerDetails {
    QString id;
    QString name;
    QString image; ///< as the container was created from, e.g. a tag
    /// The image's id: unlike a tag, it cannot point elsewhere by now.
    QString imageId;
    bool running = false;
    bool paused = false;
    bool tty = false;
    QString status;
    int exitCode = 0;

    static ContainerDetails fromJson(const QJsonObject &object);
};

} // namespace Stasis
