// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointdialog.h"

#include "engine/checkpointname.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Stasis
{

CheckpointDialog::CheckpointDialog(const QStringList &containerNames, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(suggestedName(), this))
    , m_problem(new QLabel(this))
    , m_leaveRunning(new QCheckBox(tr("&Leave the container running"), this))
    , m_directory(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Checkpoint %1").arg(containerNames.join(QStringLiteral(", "))));
    m_name->setObjectName(QStringLiteral("name"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(warning);
    m_leaveRunning->setToolTip(tr("Without this, the container stops once its state is saved."));
    m_directory->setPlaceholderText(tr("the engine's default folder"));
    m_directory->setToolTip(tr("A folder on the engine's host. The engine cannot restore from a custom folder directly."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Checkpoint"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_leaveRunning);
    form->addRow(tr("&Folder:"), m_directory);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CheckpointDialog::validate);
    validate();
}

QString CheckpointDialog::suggestedName()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

CheckpointOptions CheckpointDialog::options() const
{
    return CheckpointOptions{m_name->text(), m_leaveRunning->isChecked(), m_directory->text().trimmed()};
}

void CheckpointDialog::validate()
{
    const QString problem = CheckpointName::problem(m_name->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Stasis
