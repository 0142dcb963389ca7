// SPDX-License-Identifier: GPL-2.0-or-later
#include "importdialog.h"

#include "archiveformat.h"
#include "archiveinspector.h"
#include "archivelimits.h"
#include "archivevalidator.h"
#include "checkpointname.h"
#include "containerrecipe.h"
#include "plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Stasis
{

ImportDialog::ImportDialog(const QString &archive, const QList<Container> &containers, const QString &preferredContainerId, QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_inspector(new ArchiveInspector(this))
    , m_intoExisting(new QRadioButton(tr("Into the container"), this))
    , m_containers(new QComboBox(this))
    , m_intoNew(new QRadioButton(tr("Into a new container, created from the archive's configuration, named"), this))
    , m_newName(new QLineEdit(this))
    , m_checkpointName(new QLineEdit(this))
    , m_hostAccessList(PlainText::label(this))
    , m_allowHostAccess(new QCheckBox(tr("Allow these host settings"), this))
    , m_applyFileSystem(new QCheckBox(tr("Also write the archive's file system changes into it"), this))
    , m_reuseVolumes(new QCheckBox(tr("Use volumes of the same name this engine has as they are"), this))
    , m_problem(PlainText::label(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(archive).fileName()));
    m_containers->setObjectName(QStringLiteral("containers"));
    m_newName->setObjectName(QStringLiteral("newName"));
    m_checkpointName->setObjectName(QStringLiteral("checkpointName"));
    m_intoNew->setObjectName(QStringLiteral("intoNew"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_hostAccessList->setObjectName(QStringLiteral("hostAccess"));
    m_hostAccessList->setWordWrap(true);
    m_hostAccessList->hide();
    m_allowHostAccess->setObjectName(QStringLiteral("allowHostAccess"));
    m_allowHostAccess->hide();
    m_applyFileSystem->setObjectName(QStringLiteral("applyFileSystem"));
    m_applyFileSystem->setToolTip(
        tr("A new container always gets them. An existing one keeps its own files unless this is checked; a process that had "
           "files of its own open may then not restore."));
    m_applyFileSystem->hide();
    m_reuseVolumes->setObjectName(QStringLiteral("reuseVolumes"));
    m_reuseVolumes->setToolTip(
        tr("The archive carries the content of volumes. The new container gets them created and filled; when this engine has a volume "
           "of that name already, the import stops unless this is checked."));
    m_reuseVolumes->hide();
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    for (const Container &container : containers) {
        m_containers->addItem(container.name, container.id);
    }
    m_containers->setCurrentIndex(std::max(0, m_containers->findData(preferredContainerId)));
    m_intoExisting->setChecked(!containers.isEmpty());
    m_intoExisting->setEnabled(!containers.isEmpty());
    m_intoNew->setChecked(containers.isEmpty());

    auto *target = new QFormLayout;
    target->addRow(m_intoExisting, m_containers);
    target->addRow(QString(), m_applyFileSystem);
    target->addRow(m_intoNew, m_newName);
    target->addRow(QString(), m_reuseVolumes);
    target->addRow(tr("Checkpoint &name:"), m_checkpointName);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inspector, 1);
    layout->addLayout(target);
    layout->addWidget(m_hostAccessList);
    layout->addWidget(m_allowHostAccess);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : {m_intoExisting, m_intoNew}) {
        connect(button, &QRadioButton::toggled, this, &ImportDialog::updateButtons);
    }
    connect(m_newName, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_checkpointName, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_allowHostAccess, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    connect(m_newName, &QLineEdit::textEdited, this, [this] {
        m_intoNew->setChecked(true);
    });

    m_progress.setInterval(200);
    connect(&m_progress, &QTimer::timeout, this, [this] {
        m_inspector->showProgress(m_validator->processedBytes(), m_validator->totalBytes());
    });
    resize(760, 620);
    updateButtons();
    QTimer::singleShot(0, this, &ImportDialog::check);
}

ImportDialog::~ImportDialog()
{
    if (m_validator) {
        m_validator->cancel();
    }
}

QString ImportDialog::target() const
{
    return createsContainer() ? m_newName->text().trimmed() : m_containers->currentData().toString();
}

bool ImportDialog::createsContainer() const
{
    return m_intoNew->isChecked();
}

QString ImportDialog::checkpointName() const
{
    return m_checkpointName->text().trimmed();
}

bool ImportDialog::allowsHostAccess() const
{
    return createsContainer() && m_allowHostAccess->isChecked();
}

bool ImportDialog::reusesVolumes() const
{
    return createsContainer() && m_reuseVolumes->isChecked();
}

bool ImportDialog::appliesFileSystem() const
{
    return !createsContainer() && m_valid && m_validation.manifest->fileSystem && m_applyFileSystem->isChecked();
}

void ImportDialog::check()
{
    const std::optional<ArchiveFormat> format = ArchiveFormats::fromFileName(m_archive);
    if (!format) {
        m_inspector->showRefused(tr("%1 is not a checkpoint archive: its name must end in .tar.zst, .tar.gz, .tar.xz or .zip.").arg(m_archive));
        m_checked = true;
        updateButtons();
        Q_EMIT checked(false);
        return;
    }
    m_validator = std::make_shared<ArchiveValidator>(m_archive, *format, ArchiveLimits::fromSettings());
    m_inspector->showProgress(0, m_validator->totalBytes());
    m_progress.start();
    ArchiveValidator::start(m_validator).then(this, [this](const ArchiveValidation &validation) {
        showVerdict(validation);
    });
}

void ImportDialog::showVerdict(const ArchiveValidation &validation)
{
    m_progress.stop();
    m_checked = true;
    m_validation = validation;
    m_valid = validation.ok();
    if (m_valid) {
        const ArchiveManifest &manifest = *validation.manifest;
        m_inspector->showValid(manifest);
        m_checkpointName->setText(manifest.checkpoint.name);
        m_newName->setText(manifest.container.name + QStringLiteral("-imported"));
        showHostAccess(manifest);
        m_applyFileSystem->setVisible(manifest.fileSystem.has_value());
        m_reuseVolumes->setVisible(!manifest.volumes.isEmpty());
    } else {
        m_inspector->showRefused(validation.problem, validation.manifest ? &*validation.manifest : nullptr);
    }
    updateButtons();
    Q_EMIT checked(m_valid);
}

void ImportDialog::showHostAccess(const ArchiveManifest &manifest)
{
    // An unreadable configuration lists nothing: creating from it fails anyway, and says why.
    const auto recipe = ContainerRecipe::fromJson(manifest.container.configuration);
    m_hostAccess = recipe ? HostAccess::of(*recipe) : HostAccess();
    QStringList lines{tr("A new container created from this archive would reach this engine's host:")};
    for (const HostAccess::Setting &setting : m_hostAccess.refused) {
        lines.append(QStringLiteral("• ") + setting.toString());
    }
    m_hostAccessList->setText(lines.join(QLatin1Char('\n')));
    m_hostAccessList->setVisible(!m_hostAccess.isEmpty());
    m_allowHostAccess->setVisible(!m_hostAccess.isEmpty());
}

void ImportDialog::updateButtons()
{
    QString problem;
    if (!m_checked) {
        problem = tr("Checking the archive before anything can be imported…");
    } else if (!m_valid) {
        problem = tr("Nothing can be imported from this file.");
    } else if (createsContainer() && m_newName->text().trimmed().isEmpty()) {
        problem = tr("Name the new container.");
    } else if (createsContainer() && !m_hostAccess.isEmpty() && !m_allowHostAccess->isChecked()) {
        problem = tr("Allow the host settings listed above, or import into an existing container.");
    } else if (const QString nameProblem = CheckpointName::problem(checkpointName()); !nameProblem.isEmpty()) {
        problem = nameProblem;
    }
    m_containers->setEnabled(m_intoExisting->isChecked());
    m_newName->setEnabled(m_intoNew->isChecked());
    m_allowHostAccess->setEnabled(m_intoNew->isChecked());
    m_applyFileSystem->setEnabled(m_intoExisting->isChecked());
    m_reuseVolumes->setEnabled(createsContainer());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Stasis
