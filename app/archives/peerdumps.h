// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

namespace Stasis
{

struct ContainerDetails;

/// `config.dump` and `spec.dump`, the two files beside `manifest.json` that
/// make an archive readable by checkpointctl (`show`, `inspect`), the
/// reader of Podman's and CRI-O's checkpoint archives. Made only of what
/// the engine said about the container; what it did not say stays out.
///
/// `config.dump` has the keys of checkpointctl's ContainerConfig (Podman's,
/// reduced): `id`, `name`, `rootfsImageName`, `rootfsImageRef` (the image's
/// id), `runtime`, `createdTime`, `checkpointedTime`. `spec.dump` is an OCI
/// runtime spec with annotations only: the container's name under
/// `io.kubernetes.cri.container-name`, where checkpointctl reads the name
/// of a checkpoint that is neither Podman's nor CRI-O's, and the engine's
/// version under `org.stasis.engine.version`.
struct PeerDumps {
    static constexpr QLatin1StringView configFileName{"config.dump"};
    static constexpr QLatin1StringView specFileName{"spec.dump"};

    QByteArray config;
    QByteArray spec;

    /// The dumps of @p container (its inspect answer), checkpointed at @p checkpointed, on an engine of version @p engineVersion.
    static PeerDumps of(const ContainerDetails &container, const QDateTime &checkpointed, const QString &engineVersion);
    /// True for configFileName and specFileName.
    static bool isDumpName(const QString &name);
};

} // namespace Stasis
