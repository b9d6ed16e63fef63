#include "Prompts.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace odoodeploy {

namespace {

class DialogPrompts : public Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)
public:
    void askHostKey(QWidget *parent, const QString &message, const QString &fingerprint, Consent answer) override
    {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unknown server"), message, QMessageBox::NoButton, parent);
        box->setObjectName(QStringLiteral("hostKeyDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Fingerprint: %1").arg(fingerprint));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPushButton *accept = box->addButton(tr("Trust this key"), QMessageBox::AcceptRole);
        box->addButton(tr("Do not connect"), QMessageBox::RejectRole);
        box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last())); // Enter never says yes
        QObject::connect(box, &QMessageBox::finished, box, [box, accept, answer](int) {
            answer(box->clickedButton() == accept);
        });
        box->open();
    }

    void askSecret(QWidget *parent, const QString &title, const QString &label, const QString &keychainNote,
                   SecretAnswer answer) override
    {
        auto *dialog = new QDialog(parent);
        dialog->setObjectName(QStringLiteral("secretDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        auto *layout = new QVBoxLayout(dialog);
        auto *text = new QLabel(label, dialog);
        text->setWordWrap(true);
        auto *edit = new QLineEdit(dialog);
        edit->setEchoMode(QLineEdit::Password);
        auto *remember = new QCheckBox(tr("Remember in the keychain"), dialog);
        auto *note = new QLabel(keychainNote, dialog);
        note->setWordWrap(true);
        remember->setEnabled(keychainNote.isEmpty());
        note->setVisible(!keychainNote.isEmpty());
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        layout->addWidget(text);
        layout->addWidget(edit);
        layout->addWidget(remember);
        layout->addWidget(note);
        layout->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        QObject::connect(dialog, &QDialog::finished, dialog, [edit, remember, answer](int result) {
            answer(result == QDialog::Accepted ? edit->text() : QString(), remember->isChecked());
        });
        dialog->open();
    }

    void askUnsavedChanges(QWidget *parent, const QString &profileName, UnsavedAnswer answer) override
    {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                    tr("The profile “%1” has changes that are not saved.").arg(profileName),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box->setObjectName(QStringLiteral("unsavedChangesDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Save them before closing? A deploy may have recorded the certificate's fingerprint, which the health check needs."));
        box->setDefaultButton(QMessageBox::Save);
        box->setEscapeButton(QMessageBox::Cancel);
        QObject::connect(box, &QMessageBox::finished, box, [box, answer](int) {
            const auto button = box->standardButton(box->clickedButton());
            answer(button == QMessageBox::Save      ? UnsavedChoice::Save
                   : button == QMessageBox::Discard ? UnsavedChoice::Discard
                                                    : UnsavedChoice::Cancel);
        });
        box->open();
    }
};

Prompts *g_override = nullptr;

} // namespace

Prompts &Prompts::instance()
{
    static DialogPrompts dialogs;
    return g_override ? *g_override : dialogs;
}

void Prompts::setInstance(Prompts *prompts) { g_override = prompts; }

} // namespace odoodeploy
