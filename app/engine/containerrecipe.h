// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineerror.h"
#include "enginetypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Stasis
{

class EngineClient;
struct ContainerDetails;

/// The part of a container's configuration that recreating it needs, so
/// that CRIU can restore a checkpoint of it into the new container (on this
/// engine or another): what travels in an archive's manifest.
///
/// Its JSON is a subset of the engine's own `GET /containers/{id}/json`
/// answer, with the engine's key names: `Image` (the image id), `Config`
/// and `HostConfig`. So fromJson() reads an inspect answer as well as a
/// manifest that toJson() wrote.
///
/// Kept, because a restore depends on them: the process's start (command,
/// entrypoint, environment, working folder, user), its terminal and stdin
/// (CRIU restores the same kind of descriptors), its hostname (CRIU restores
/// the UTS namespace's name; the engine's default is the source's short id,
/// and /etc/hostname then agrees with it), its namespaces (network, IPC, PID,
/// UTS, cgroup: CRIU restores into the same kinds), its privileges and
/// security options (capabilities, seccomp, AppArmor), its mounts (CRIU
/// needs every mount point back: binds, volumes, tmpfs, /dev/shm's size,
/// a read-only root) and the files the engine writes into it (hosts, DNS).
/// Labels and the stop signal and time-out keep the container's identity and
/// behaviour. Devices are kept too, so that HostAccess can name them.
///
/// Left out, because they belong to the host or would do harm there: port
/// bindings (host ports may be taken), the restart policy (the engine would
/// start the container afresh, not from the checkpoint), log drivers,
/// resource limits and cpusets, runtimes, links, the cgroup parent.
///
/// A recipe from elsewhere may reach the host (privileged mode, host
/// folders, host namespaces…): HostAccess::of() says which of its settings
/// do, and CreateContainerJob creates those only when allowed.
/// Binds name folders of the source host: they must exist on the target
/// host too (the engine says so on create when a `Mounts` bind source is
/// missing). Modes that share a namespace with another container
/// (`container:<id>`) and `VolumesFrom` name containers of the source
/// engine: createBody() refuses them instead of creating a container that
/// silently differs; set another mode first.
struct ContainerRecipe {
    /// The image as the container was created from, e.g. "busybox:latest".
    QString image;
    /// The image's id ("sha256:…"): unlike a tag, it cannot point elsewhere.
    QString imageId;

    // Config
    /// Empty optional: the image's default (the engine's `null`).
    std::optional<QStringList> command;
    std::optional<QStringList> entrypoint;
    QStringList env;
    QString workingDir;
    QString user;
    QMap<QString, QString> labels;
    bool tty = false;
    bool openStdin = false;
    bool stdinOnce = false;
    QString hostname;
    QString domainname;
    QString stopSignal;
    /// Seconds; empty optional: the engine's default.
    std::optional<qint64> stopTimeout;
    /// Anonymous volumes' mount points (`-v /data`), beyond the image's own.
    QStringList volumes;

    // HostConfig
    QString networkMode;
    QString ipcMode;
    QString pidMode;
    QString utsMode;
    QString cgroupnsMode;
    QString usernsMode;
    bool privileged = false;
    QStringList capAdd;
    QStringList capDrop;
    QStringList securityOpt;
    /// "source:target[:options]", source a host folder or a volume name.
    QStringList binds;
    /// The engine's mount specifications (Type, Source, Target, ReadOnly, …) as given on create.
    QJsonArray mounts;
    /// The engine's device specifications (PathOnHost, PathInContainer, CgroupPermissions).
    QJsonArray devices;
    QStringList deviceCgroupRules;
    /// Mount point → options, e.g. "/run" → "size=1m".
    QMap<QString, QString> tmpfs;
    /// Bytes of /dev/shm; 0: the engine's default.
    qint64 shmSize = 0;
    /// Empty optional: the engine's default.
    std::optional<bool> init;
    bool readonlyRootfs = false;
    QStringList extraHosts;
    QStringList dns;
    QStringList dnsSearch;
    QStringList dnsOptions;
    QStringList volumesFrom;

    bool operator==(const ContainerRecipe &) const = default;

    /// The named volumes its binds and mounts use, by name, with where they
    /// are mounted: what a target engine must have (it would create a
    /// missing one empty).
    QList<VolumeMount> namedVolumes() const;

    /// For a manifest; fromJson() reads it back to an equal recipe.
    QJsonObject toJson() const;
    /// Reads a recipe from toJson()'s output or from an inspect answer.
    /// Fields it does not know are ignored, `null` counts as absent; a field
    /// of the wrong type is an error that names the field, as is a missing
    /// `Config` or a recipe without any image.
    static std::expected<ContainerRecipe, QString> fromJson(const QJsonObject &object);
    static std::expected<ContainerRecipe, QString> fromJson(const QByteArray &json);

    /// The body of `POST /containers/create` (the name goes in its query),
    /// or why this recipe cannot be created on any engine: it shares a
    /// namespace or volumes with another container of its source engine.
    std::expected<QJsonObject, QString> createBody() const;

    /// The recipe of @p container (name or id), from `GET /containers/{id}/json`.
    static QFuture<EngineResult<ContainerRecipe>> ofContainer(EngineClient *client, const QString &container);
    /// The recipe in @p details' inspect answer.
    static EngineResult<ContainerRecipe> of(const ContainerDetails &details);

    Q_DECLARE_TR_FUNCTIONS(Stasis::ContainerRecipe)
};

} // namespace Stasis
