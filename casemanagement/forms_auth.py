from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm


class InlogForm(AuthenticationForm):
    username = forms.EmailField(
        label="E-mailadres",
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    onthoud_mij = forms.BooleanField(
        label="Onthoud mij op deze computer",
        required=False,
        help_text="Alleen op uw eigen computer. Zonder vinkje eindigt de sessie als u de browser sluit.",
    )
    error_messages = {
        "invalid_login": "Dit e-mailadres en wachtwoord horen niet bij elkaar. Let op hoofdletters.",
        "inactive": "Dit account is niet actief.",
    }


class WachtwoordResetForm(PasswordResetForm):
    email = forms.EmailField(
        label="E-mailadres",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class TweedeStapForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        help_text="De zes cijfers uit uw authenticator-app, of een van uw herstelcodes.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )
