// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivevalidation.h"
#include "hostaccess.h"

#include <QDialog>
#include <QFuture>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Stasis
{

class ArchiveInspector;
class ArchiveValidator;

/// Import… : checks the archive first (the inspector shows the verdict, the
/// manifest and the files), then asks where it goes — an existing container
/// or a new one created from the archive's configuration — and under which
/// checkpoint name. OK stays disabled until the archive is valid and the
/// choices are. A new container whose configuration reaches the host
/// (HostAccess) lists those settings and needs "Allow these host settings",
/// off by default.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    struct Container {
        QString id;
        QString name;
    };

    ImportDialog(const QString &archive, const QList<Container> &containers, const QString &preferredContainerId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QString archive() const
    {
        return m_archive;
    }
    /// The existing container's id, or the new container's name.
    QString target() const;
    bool createsContainer() const;
    QString checkpointName() const;
    /// Whether a new container may be created with the listed host settings.
    bool allowsHostAccess() const;
    /// Whether the archive's file system changes go into the existing container too.
    bool appliesFileSystem() const;
    /// Whether a new container uses volumes of the names the archive carries that the engine has, as they are.
    bool reusesVolumes() const;

    ArchiveInspector *inspector() const
    {
        return m_inspector;
    }
    /// The check's result, for ImportJob::setValidated().
    const ArchiveValidation &validation() const
    {
        return m_validation;
    }

Q_SIGNALS:
    /// The archive was checked; @p valid tells the verdict.
    void checked(bool valid);

private:
    void check();
    void showVerdict(const ArchiveValidation &validation);
    void showHostAccess(const ArchiveManifest &manifest);
    void updateButtons();

    QString m_archive;
    ArchiveInspector *m_inspector;
    QRadioButton *m_intoExisting;
    QComboBox *m_containers;
    QRadioButton *m_intoNew;
    QLineEdit *m_newName;
    QLineEdit *m_checkpointName;
    QLabel *m_hostAccessList;
    QCheckBox *m_allowHostAccess;
    QCheckBox *m_applyFileSystem;
    QCheckBox *m_reuseVolumes;
    HostAccess m_hostAccess;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<ArchiveValidator> m_validator;
    ArchiveValidation m_validation;
    QTimer m_progress;
    bool m_checked = false;
    bool m_valid = false;
};

} // namespace Stasis
