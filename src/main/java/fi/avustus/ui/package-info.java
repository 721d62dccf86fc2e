/**
 * The shell of the user interface: main layout with the role-aware menu and language switch,
 * login, error handling, and small building blocks every screen shares (forms that show
 * server-side validation errors on their fields, lazy searchable grids, audit history, a case's
 * attachments with upload and download, bound to the owning module's facade by callbacks).
 * Imports no feature's view: the menu is built from the views' own {@code @Menu} annotations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit"})
package fi.avustus.ui;
