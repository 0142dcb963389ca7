// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1StringView>
#include <QStringList>

#include <expected>

namespace Stasis
{

/// The paths a container deleted from its image's file system, carried
/// beside its changes (`rootfs-diff.tar`) as `deleted.files`: a JSON array
/// of absolute container paths, `["/bin/vi","/etc/motd"]`, as Podman's file
/// of the same name.
struct DeletedPaths {
    Q_DECLARE_TR_FUNCTIONS(Stasis::DeletedPaths)

public:
    static constexpr QLatin1StringView fileName{"deleted.files"};

    /// Absolute, "/bin/vi".
    QStringList paths;

    /// Compact, in the order given.
    QByteArray toJson() const;
    /// The paths of untrusted @p json, or a sentence naming what is wrong:
    /// not a JSON array of strings, more than limits.maxDeletedPaths of them,
    /// a path not absolute, "/" itself, with an empty, "." or ".." component,
    /// NUL or control characters, longer or deeper than the file system
    /// limits, or listed twice.
    static std::expected<DeletedPaths, QString> fromJson(const QByteArray &json, const ArchiveLimits &limits = {});
};

} // namespace Stasis
