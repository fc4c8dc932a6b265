// OAuth applications in the schema: the node type and its lookup, its federation key, the list, the mutations.
import './oauth-application.js';
import './oauth-application-entity.js';
import './list-oauth-applications.js';
import './create-oauth-application.js';
import './update-oauth-application.js';
import './delete-oauth-application.js';
import './rotate-oauth-application-secret.js';
