// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

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
    /// The engine's own identity, kept in its data root: two addresses of one engine share it.
    QString id;
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

/// A folder of the engine host mounted into a container (`Mounts`, type bind).
struct BindMount {
    QString source;
    QString target;
    bool readOnly = true;
};

/// A named volume mounted into a container (`Mounts`, type volume).
struct VolumeMount {
    QString name;
    QString target;
    bool readOnly = true;
};

/// What `POST /containers/create` is asked for: the one way Stasis creates
/// containers (EngineClient::createContainer()).
struct ContainerSpec {
    QString name;
    QString image;
    QStringList command;
    /// Empty: the image's.
    QStringList entrypoint;
    /// As the engine's `User`, e.g. "0:0"; empty: the image's.
    QString user;
    QString networkMode = QStringLiteral("none");
    bool tty = false;
    /// Seconds between SIGTERM and SIGKILL on stop; -1: the engine's default.
    int stopTimeoutSeconds = -1;
    QMap<QString, QString> labels;
    QList<BindMount> mounts;
    /// Named volumes that must exist already: the engine would create a
    /// missing one, empty. Mounted without the engine's copy of the image's
    /// files at the mount point into an empty volume.
    QList<VolumeMount> namedVolumes;
    /// Mount points of anonymous volumes (`-v /data`).
    QStringList volumes;
    /// A helper's confinement: no capabilities, no-new-privileges, a
    /// read-only root file system, no health check, at most confinedProcesses.
    bool confined = false;
    static constexpr int confinedProcesses = 32;
    /// When not empty, the whole create body as the engine reads it (a
    /// ContainerRecipe's, or a test's): the fields above but name are ignored.
    QJsonObject configuration;

    /// The request's body.
    QJsonObject toJson() const;
};

/// Which containers `GET /containers/json` lists: all, running or not,
/// narrowed by each filter that is given.
struct ContainerFilter {
    QString id;
    /// The exact name, without the leading slash.
    QString name;
    /// "key=value" or "key".
    QString label;
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
    /// Bind mounts and volumes, with their host paths.
    QList<BindMount> mounts;

    static ContainerSummary fromJson(const QJsonObject &object);
    /// Stasis's own short-lived containers (file access to checkpoints).
    bool isStasisHelper() const;
};

/// `GET /containers/json`.
struct ContainerList {
    QList<ContainerSummary> containers;
    /// The engine's clock when it answered (its `Date` header); invalid when it sent none.
    QDateTime engineTime;
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

/// One entry of a container's `Mounts` (`GET /containers/{id}/json`).
struct MountPoint {
    QString type; ///< bind, volume, tmpfs, npipe, cluster
    /// A volume's name (random for an anonymous one); empty for a bind.
    QString name;
    /// A volume's driver, e.g. "local"; empty for a bind.
    QString driver;
    /// A bind's host folder; the engine host's folder of a local volume.
    QString source;
    QString destination;
    bool readOnly = false;

    bool operator==(const MountPoint &) const = default;
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
    QList<MountPoint> mounts;
    /// The whole answer, for what reads more of it (ContainerRecipe::fromJson(),
    /// CheckpointRisks::optionsOf()) without asking the engine again.
    QJsonObject inspect;

    static ContainerDetails fromJson(const QJsonObject &object);
};

/// One entry of `GET /containers/{id}/changes`: a path of the container's
/// file system that differs from its image. The engine lists every added
/// path (the contents of an added folder too), the folders that hold a
/// change as modified, and a deleted folder once, without what was in it.
struct FileSystemChange {
    enum class Kind { Modified = 0, Added = 1, Deleted = 2 };
    /// Absolute, as the engine reports it ("/data.txt").
    QString path;
    Kind kind = Kind::Modified;

    bool operator==(const FileSystemChange &) const = default;
    /// Empty optional when @p object is not a change the engine documents.
    static std::optional<FileSystemChange> fromJson(const QJsonObject &object);
};

/// `GET /images/{name}/json`, the parts Stasis needs.
struct ImageDetails {
    QString id;
    /// `RootFS.Layers`: the digests of the uncompressed layers, as any image store reports them.
    QStringList layers;
};

/// `GET /volumes/{name}`, the parts Stasis needs.
struct VolumeDetails {
    QString name;
    QString driver; ///< e.g. "local"
    /// Where the engine host keeps the files; empty when the driver says nothing.
    std::optional<QString> mountpoint;
    QMap<QString, QString> labels;
    QString scope; ///< "local" (this engine) or "global" (the whole cluster)
    /// As the engine wrote it (RFC 3339): a volume made anew has another.
    QString createdAt;

    /// Read strictly: why not, naming the field, when @p object is no volume.
    static std::expected<VolumeDetails, QString> fromJson(const QJsonObject &object);

    Q_DECLARE_TR_FUNCTIONS(Stasis::VolumeDetails)
};

} // namespace Stasis
