// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stasis
{

struct ContainerRecipe;

/// The settings of a ContainerRecipe that reach beyond the container into
/// its host, which a recipe from elsewhere (an archive, another container)
/// may only create when the user allowed them after seeing them.
///
/// Everything else a recipe holds stays inside the container: its image,
/// process, environment, user, terminal, labels (but Stasis's own
/// `org.stasis.*`, which would make Stasis hide or treat it as a helper),
/// tmpfs mounts, /dev/shm's size, named volumes of the local driver.
///
/// Refused: privileged mode, added capabilities, security options other
/// than `no-new-privileges` (seccomp or AppArmor unconfined, or a profile
/// of the recipe's choosing), the host's network, PID, IPC, UTS or user
/// namespace, host folders (binds with an absolute source, bind mounts),
/// mounts of other types or with fields beyond Type, Source, Target,
/// ReadOnly, Consistency, VolumeOptions and TmpfsOptions, volume drivers
/// other than `local` and local volumes that mount a device or bind a host
/// path (`device=…`, `o=bind`), devices and device cgroup rules.
///
/// Kept without asking: `CgroupnsMode: host`. It is Docker's default on
/// cgroup v1 and where the engine sets `default-cgroupns-mode: host`, so
/// every manifest made there records it. Unprivileged and without
/// CAP_SYS_ADMIN (both refused above) the cgroup file systems are mounted
/// read-only: the container sees the host's cgroup names but can change
/// nothing (no release_agent, no limits), so it is not a way out.
struct HostAccess {
    struct Setting {
        /// Readable, e.g. "privileged mode", "host folder".
        QString name;
        /// What the recipe asks for, e.g. "/:/host"; empty when the name says all.
        QString value;
        /// The recipe's field, e.g. "HostConfig.Binds".
        QString field;

        /// The name and the value (unescaped: it comes from the recipe).
        QString toString() const;
        bool operator==(const Setting &) const = default;
    };

    QList<Setting> refused;

    bool isEmpty() const
    {
        return refused.isEmpty();
    }
    /// Every refused setting, separated by "; ".
    QString summary() const;

    static HostAccess of(const ContainerRecipe &recipe);

    Q_DECLARE_TR_FUNCTIONS(Stasis::HostAccess)
};

} // namespace Stasis
