// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "engineerror.h"
#include "job.h"
#include "jobtarget.h"

#include <QPointer>

namespace Stasis
{

class CheckpointStager;
class FreshTarDevice;

/// Sends the files of an archive ArchiveValidator accepted to the engine as
/// a checkpoint of a container: a fresh root-owned tar (FreshTarDevice) fed
/// by a ValidatedArchiveSource, which decompresses the archive and checks
/// the hashes again on a worker thread while it reads, staged beside the
/// container's checkpoints and committed under its final name in one rename
/// (CheckpointStager). Progress in bytes of the tar sent.
///
/// Killable, and reports after a kill: the stager removes what was sent so
/// far, then the job says what is left — nothing, or the whole checkpoint
/// when its commit had already begun.
class StageArchiveJob final : public Job
{
    Q_OBJECT

public:
    /// Imports @p archive, whose files @p manifest lists, as @p target's checkpoint.
    StageArchiveJob(const JobTarget &target, const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest, QObject *parent = nullptr);

protected:
    void run() override;
    bool doKill() override;

private:
    void staged(const EngineResult<void> &result);

    JobTarget m_target;
    QString m_archive;
    ArchiveFormat m_format;
    ArchiveManifest m_manifest;
    QPointer<CheckpointStager> m_stager;
    QPointer<FreshTarDevice> m_body;
    bool m_killed = false;
};

} // namespace Stasis
