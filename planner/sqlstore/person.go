package sqlstore

import (
	"context"
	"time"

	"github.com/planner-dk/planner/planner"
)

// providerSecret is the OpenID Connect client secret's column.
var providerSecret = credential{"identity_providers", "client_secret", "id"}

const providerColumns = `id, jobcenter_id, name, kind, issuer, metadata_url, metadata, client_id, client_secret,
	subject_claim, role_claim, role_map, advisor_claim, min_assurance, disabled, created_at`

// CreateIdentityProvider implements planner.Store.
func (db *DB) CreateIdentityProvider(ctx context.Context, p *planner.IdentityProvider) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if p.Kind == planner.OIDC && p.ClientSecret == "" {
		return &planner.FieldError{Field: "clientSecret", Reason: "is required", ReasonDA: "er påkrævet"}
	}
	return db.tx(ctx, func(t tx, now time.Time) error {
		if err := jobcenterExists(ctx, t, p.JobcenterID); err != nil {
			return err
		}
		p.CreatedAt, p.HasSecret = now, p.ClientSecret != ""
		return t.QueryRow(ctx, `
			INSERT INTO identity_providers (jobcenter_id, name, kind, issuer, metadata_url, metadata, client_id, client_secret,
				subject_claim, role_claim, role_map, advisor_claim, min_assurance, disabled, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
			RETURNING id`,
			p.JobcenterID, p.Name, p.Kind, p.Issuer, p.MetadataURL, p.Metadata, p.ClientID, db.sealNonEmpty(providerSecret, p.ClientSecret),
			p.SubjectClaim, p.RoleClaim, jsonOf(p.RoleMap), p.AdvisorClaim, p.MinAssurance, p.Disabled, now).Scan(&p.ID)
	})
}

// UpdateIdentityProvider implements planner.Store.
func (db *DB) UpdateIdentityProvider(ctx context.Context, p planner.IdentityProvider) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return db.tx(ctx, func(t tx, _ time.Time) error {
		// An empty secret keeps the stored one; an OpenID provider left
		// without one is refused, naming the field.
		var kind string
		var stored string
		err := t.QueryRow(ctx, `SELECT kind, client_secret FROM identity_providers WHERE id = $1 AND jobcenter_id = $2`+db.d.forUpdate,
			p.ID, p.JobcenterID).Scan(&kind, &stored)
		if err != nil {
			return err
		}
		secret := db.sealNonEmpty(providerSecret, p.ClientSecret)
		if secret == "" && p.Kind == planner.OIDC {
			if stored == "" || kind != string(planner.OIDC) {
				return &planner.FieldError{Field: "clientSecret", Reason: "is required", ReasonDA: "er påkrævet"}
			}
			secret = stored
		}
		_, err = t.Exec(ctx, `
			UPDATE identity_providers
			SET name = $3, kind = $4, issuer = $5, metadata_url = $6, metadata = $7, client_id = $8, client_secret = $9,
				subject_claim = $10, role_claim = $11, role_map = $12, advisor_claim = $13, min_assurance = $14, disabled = $15
			WHERE id = $1 AND jobcenter_id = $2`,
			p.ID, p.JobcenterID, p.Name, p.Kind, p.Issuer, p.MetadataURL, p.Metadata, p.ClientID, secret,
			p.SubjectClaim, p.RoleClaim, jsonOf(p.RoleMap), p.AdvisorClaim, p.MinAssurance, p.Disabled)
		return err
	})
}

// DeleteIdentityProvider implements planner.Store.
func (db *DB) DeleteIdentityProvider(ctx context.Context, jc planner.JobcenterID, id planner.IdentityProviderID) error {
	// Its people go with it, and their sessions with them (ON DELETE CASCADE).
	return expectRow(db.exec(ctx, `DELETE FROM identity_providers WHERE id = $1 AND jobcenter_id = $2`, id, jc))
}

// FindIdentityProvider implements planner.Store.
func (db *DB) FindIdentityProvider(ctx context.Context, id planner.IdentityProviderID) (planner.IdentityProvider, error) {
	return first(db.findProviders(ctx, `WHERE id = $1`, id))
}

// FindIdentityProviders implements planner.Store.
func (db *DB) FindIdentityProviders(ctx context.Context, jc planner.JobcenterID) ([]planner.IdentityProvider, error) {
	if jc == 0 {
		return db.findProviders(ctx, `ORDER BY jobcenter_id, name, id`)
	}
	return db.findProviders(ctx, `WHERE jobcenter_id = $1 ORDER BY name, id`, jc)
}

func (db *DB) findProviders(ctx context.Context, where string, args ...any) ([]planner.IdentityProvider, error) {
	ps, err := all(ctx, db.e.read(), func(r rows) (planner.IdentityProvider, error) {
		var p planner.IdentityProvider
		var sealed string
		var roleMap []byte
		err := r.Scan(&p.ID, &p.JobcenterID, &p.Name, &p.Kind, &p.Issuer, &p.MetadataURL, &p.Metadata, &p.ClientID, &sealed,
			&p.SubjectClaim, &p.RoleClaim, &roleMap, &p.AdvisorClaim, &p.MinAssurance, &p.Disabled, &p.CreatedAt)
		if err == nil {
			err = fromJSON(roleMap, &p.RoleMap)
		}
		if err == nil && sealed != "" {
			p.ClientSecret, err = db.open(providerSecret, sealed)
		}
		p.HasSecret, p.CreatedAt = p.ClientSecret != "", p.CreatedAt.UTC()
		return p, err
	}, `SELECT `+providerColumns+` FROM identity_providers `+where, args...)
	return ps, db.d.mapError(err)
}

// sealNonEmpty seals v for column c, and leaves "" empty.
func (db *DB) sealNonEmpty(c credential, v string) string {
	if v == "" {
		return ""
	}
	return db.seal(c, v)
}

const personColumns = `id, jobcenter_id, provider_id, subject, name, email, role, advisor_id, disabled,
	created_at, last_sign_in, sign_in_count`

func scanPerson(r rows) (planner.Person, error) {
	var p planner.Person
	var advisor *int64
	err := r.Scan(&p.ID, &p.JobcenterID, &p.ProviderID, &p.Subject, &p.Name, &p.Email, &p.Role, &advisor, &p.Disabled,
		&p.CreatedAt, &p.LastSignIn, &p.SignInCount)
	if advisor != nil {
		p.AdvisorID = planner.AdvisorID(*advisor)
	}
	p.CreatedAt, p.LastSignIn = p.CreatedAt.UTC(), p.LastSignIn.UTC()
	return p, err
}

// SignInPerson implements planner.Store.
func (db *DB) SignInPerson(ctx context.Context, p *planner.Person) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		// Inputs: job centre $1, provider $2, subject $3, name $4, e-mail $5,
		// role $6, advisor $7 (NULL: none), now $8. The provider must be
		// the job centre's; a disabled person keeps disabled.
		stored, err := first(all(ctx, t, scanPerson, `
			INSERT INTO people (jobcenter_id, provider_id, subject, name, email, role, advisor_id, created_at, last_sign_in, sign_in_count)
			SELECT $1, id, $3, $4, $5, $6, $7, $8, $8, 1
			FROM identity_providers WHERE id = $2 AND jobcenter_id = $1
			ON CONFLICT (provider_id, subject) DO UPDATE
			SET name = excluded.name, email = excluded.email, role = excluded.role, advisor_id = excluded.advisor_id,
				last_sign_in = excluded.last_sign_in, sign_in_count = people.sign_in_count + 1
			RETURNING `+personColumns,
			p.JobcenterID, p.ProviderID, p.Subject, p.Name, p.Email, p.Role, idArg(p.AdvisorID), now))
		if err != nil {
			return err
		}
		*p = stored
		return nil
	})
}

// FindPerson implements planner.Store.
func (db *DB) FindPerson(ctx context.Context, id planner.PersonID) (planner.Person, error) {
	p, err := first(all(ctx, db.e.read(), scanPerson, `SELECT `+personColumns+` FROM people WHERE id = $1`, id))
	return p, db.d.mapError(err)
}

// FindPeople implements planner.Store.
func (db *DB) FindPeople(ctx context.Context, jc planner.JobcenterID) ([]planner.Person, error) {
	ps, err := all(ctx, db.e.read(), scanPerson, `SELECT `+personColumns+` FROM people WHERE jobcenter_id = $1 ORDER BY name, id`, jc)
	return ps, db.d.mapError(err)
}

// SetPersonDisabled implements planner.Store.
func (db *DB) SetPersonDisabled(ctx context.Context, jc planner.JobcenterID, id planner.PersonID, disabled bool) error {
	return db.tx(ctx, func(t tx, _ time.Time) error {
		if err := expectRow(t.Exec(ctx, `UPDATE people SET disabled = $3 WHERE id = $1 AND jobcenter_id = $2`, id, jc, disabled)); err != nil {
			return err
		}
		if !disabled {
			return nil
		}
		_, err := t.Exec(ctx, `DELETE FROM web_sessions WHERE person_id = $1`, id)
		return err
	})
}

// EndPersonSessions implements planner.Store.
func (db *DB) EndPersonSessions(ctx context.Context, provider planner.IdentityProviderID, subject string) (int, error) {
	n, err := db.exec(ctx, `
		DELETE FROM web_sessions
		WHERE person_id IN (SELECT id FROM people WHERE provider_id = $1 AND subject = $2)`, provider, subject)
	return int(n), err
}

// onceSeal is the context the one-time records' data is sealed under.
const onceSeal = "sign_in_once.data"

// PutSignInOnce implements identity.OnceStore.
func (db *DB) PutSignInOnce(ctx context.Context, key string, data []byte, expires time.Time) error {
	return db.tx(ctx, func(t tx, now time.Time) error {
		if _, err := t.Exec(ctx, `DELETE FROM sign_in_once WHERE expires < $1`, now); err != nil {
			return err
		}
		_, err := t.Exec(ctx, `INSERT INTO sign_in_once (key, data, expires) VALUES ($1, $2, $3)`,
			key, db.keys.Seal(onceSeal, string(data)), expires.UTC())
		return err
	})
}

// TakeSignInOnce implements identity.OnceStore.
func (db *DB) TakeSignInOnce(ctx context.Context, key string) ([]byte, error) {
	var sealed string
	var expires time.Time
	err := db.tx(ctx, func(t tx, now time.Time) error {
		err := t.QueryRow(ctx, `DELETE FROM sign_in_once WHERE key = $1 RETURNING data, expires`, key).Scan(&sealed, &expires)
		if err == nil && now.After(expires) {
			err = planner.ErrNotFound
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	data, err := db.keys.Open(onceSeal, sealed)
	if err != nil {
		return nil, err
	}
	return []byte(data), nil
}
