// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stasis
{

/// How to read a container's file system changes through the Engine API
/// only: from the engine's change list, which paths to fetch with
/// `GET …/archive`, and which paths were deleted.
///
/// An added path is fetched with everything under it, once: what lies
/// under it is added too, so one request covers the subtree. A modified
/// path is fetched as one entry: a file with its data, a folder with its
/// own owner, mode and time but not its contents (those are listed on
/// their own when they changed). Mount points are no part of the file
/// system (volumes, binds and tmpfs travel differently or not at all),
/// nor are the files the engine writes itself (`/etc/hostname`,
/// `/etc/hosts`, `/etc/resolv.conf`): paths at or under them are left out,
/// also from the entries of a fetched subtree (isExcluded()). ofMount()
/// plans the reading of one mount point instead.
class FileSystemChangePlan final
{
public:
    struct Fetch {
        enum class Scope {
            /// The path and everything under it.
            Tree,
            /// The path's own entry only.
            Entry,
        };
        /// Absolute, as the engine lists it.
        QString path;
        Scope scope = Scope::Tree;
        /// The path's name in the tar; empty: the path without its leading '/'.
        QString name = {};

        bool operator==(const Fetch &) const = default;
    };

    /// The plan for @p changes of a container whose mount points (absolute
    /// container paths) are @p mountPoints.
    FileSystemChangePlan(const QList<FileSystemChange> &changes, const QStringList &mountPoints);

    /// The plan that reads the mount at @p destination whole, its root named
    /// @p name: the content of a volume. Mounts under it are left out.
    static FileSystemChangePlan ofMount(const QString &destination, const QString &name, const QStringList &mountPoints);

    /// The mount points of @p container: its `Mounts` and `HostConfig.Tmpfs`.
    static QStringList mountPointsOf(const ContainerDetails &container);

    /// In path order; no fetch lies under a Tree fetch.
    const QList<Fetch> &fetches() const
    {
        return m_fetches;
    }
    /// Absolute, in path order; none lies under another.
    const QStringList &deleted() const
    {
        return m_deleted;
    }
    /// True when @p path (absolute) is a mount point, an engine-written
    /// file, or lies under one of them.
    bool isExcluded(const QString &path) const;

private:
    FileSystemChangePlan() = default;

    QStringList m_excluded;
    QList<Fetch> m_fetches;
    QStringList m_deleted;
};

} // namespace Stasis
