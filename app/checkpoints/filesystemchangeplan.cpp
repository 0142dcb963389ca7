// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemchangeplan.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Stasis
{

namespace
{

/// True when @p path is @p root or lies under it (whole segments).
bool isAtOrUnder(const QString &path, const QString &root)
{
    if (root == QLatin1String("/")) {
        return true;
    }
    return path == root || (path.startsWith(root) && path.at(root.size()) == QLatin1Char('/'));
}

QString withoutTrailingSlash(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path;
}

} // namespace

FileSystemChangePlan::FileSystemChangePlan(const QList<FileSystemChange> &changes, const QStringList &mountPoints)
{
    m_excluded = {QStringLiteral("/etc/hostname"), QStringLiteral("/etc/hosts"), QStringLiteral("/etc/resolv.conf")};
    for (const QString &mountPoint : mountPoints) {
        if (mountPoint.startsWith(QLatin1Char('/'))) {
            m_excluded.append(withoutTrailingSlash(mountPoint));
        }
    }

    QList<FileSystemChange> sorted = changes;
    // Segment order, so that a folder comes right before what lies under it.
    std::sort(sorted.begin(), sorted.end(), [](const FileSystemChange &a, const FileSystemChange &b) {
        return a.path.split(QLatin1Char('/')) < b.path.split(QLatin1Char('/'));
    });
    QString coveringTree;
    QString coveringDeletion;
    for (const FileSystemChange &change : std::as_const(sorted)) {
        const QString path = withoutTrailingSlash(change.path);
        if (path == QLatin1String("/") || isExcluded(path)) {
            continue;
        }
        if ((!coveringTree.isEmpty() && isAtOrUnder(path, coveringTree)) || (!coveringDeletion.isEmpty() && isAtOrUnder(path, coveringDeletion))) {
            continue;
        }
        switch (change.kind) {
        case FileSystemChange::Kind::Added:
            m_fetches.append({path, Fetch::Scope::Tree});
            coveringTree = path;
            break;
        case FileSystemChange::Kind::Modified:
            m_fetches.append({path, Fetch::Scope::Entry});
            break;
        case FileSystemChange::Kind::Deleted:
            m_deleted.append(path);
            coveringDeletion = path;
            break;
        }
    }
}

FileSystemChangePlan FileSystemChangePlan::ofMount(const QString &destination, const QString &name, const QStringList &mountPoints)
{
    FileSystemChangePlan plan;
    const QString root = withoutTrailingSlash(destination);
    for (const QString &mountPoint : mountPoints) {
        const QString other = withoutTrailingSlash(mountPoint);
        if (other != root && isAtOrUnder(other, root)) {
            plan.m_excluded.append(other);
        }
    }
    plan.m_fetches = {{root, Fetch::Scope::Tree, name}};
    return plan;
}

QStringList FileSystemChangePlan::mountPointsOf(const ContainerDetails &container)
{
    QStringList mountPoints;
    for (const QJsonValue &mount : container.inspect.value(QLatin1String("Mounts")).toArray()) {
        mountPoints.append(mount.toObject().value(QLatin1String("Destination")).toString());
    }
    const QJsonObject tmpfs = container.inspect.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("Tmpfs")).toObject();
    mountPoints.append(tmpfs.keys());
    mountPoints.removeAll(QString());
    return mountPoints;
}

bool FileSystemChangePlan::isExcluded(const QString &path) const
{
    return std::any_of(m_excluded.cbegin(), m_excluded.cend(), [&path](const QString &root) {
        return isAtOrUnder(path, root);
    });
}

} // namespace Stasis
