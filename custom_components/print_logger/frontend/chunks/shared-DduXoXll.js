import{_ as w,d as ze,f as ft}from"./shared-DUOmt4lY.js";const Z=globalThis,me=Z.ShadowRoot&&(Z.ShadyCSS===void 0||Z.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,fe=Symbol(),Ae=new WeakMap;let We=class{constructor(e,r,n){if(this._$cssResult$=!0,n!==fe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=r}get styleSheet(){let e=this.o;const r=this.t;if(me&&e===void 0){const n=r!==void 0&&r.length===1;n&&(e=Ae.get(r)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&Ae.set(r,e))}return e}toString(){return this.cssText}};const _t=t=>new We(typeof t=="string"?t:t+"",void 0,fe),V=(t,...e)=>{const r=t.length===1?t[0]:e.reduce((n,i,o)=>n+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+t[o+1],t[0]);return new We(r,t,fe)},gt=(t,e)=>{if(me)t.adoptedStyleSheets=e.map(r=>r instanceof CSSStyleSheet?r:r.styleSheet);else for(const r of e){const n=document.createElement("style"),i=Z.litNonce;i!==void 0&&n.setAttribute("nonce",i),n.textContent=r.cssText,t.appendChild(n)}},Se=me?t=>t:t=>t instanceof CSSStyleSheet?(e=>{let r="";for(const n of e.cssRules)r+=n.cssText;return _t(r)})(t):t;const{is:bt,defineProperty:yt,getOwnPropertyDescriptor:vt,getOwnPropertyNames:$t,getOwnPropertySymbols:wt,getPrototypeOf:xt}=Object,Q=globalThis,Ee=Q.trustedTypes,kt=Ee?Ee.emptyScript:"",jt=Q.reactiveElementPolyfillSupport,O=(t,e)=>t,J={toAttribute(t,e){switch(e){case Boolean:t=t?kt:null;break;case Object:case Array:t=t==null?t:JSON.stringify(t)}return t},fromAttribute(t,e){let r=t;switch(e){case Boolean:r=t!==null;break;case Number:r=t===null?null:Number(t);break;case Object:case Array:try{r=JSON.parse(t)}catch{r=null}}return r}},_e=(t,e)=>!bt(t,e),Ce={attribute:!0,type:String,converter:J,reflect:!1,useDefault:!1,hasChanged:_e};Symbol.metadata??=Symbol("metadata"),Q.litPropertyMetadata??=new WeakMap;let C=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,r=Ce){if(r.state&&(r.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((r=Object.create(r)).wrapped=!0),this.elementProperties.set(e,r),!r.noAccessor){const n=Symbol(),i=this.getPropertyDescriptor(e,n,r);i!==void 0&&yt(this.prototype,e,i)}}static getPropertyDescriptor(e,r,n){const{get:i,set:o}=vt(this.prototype,e)??{get(){return this[r]},set(s){this[r]=s}};return{get:i,set(s){const l=i?.call(this);o?.call(this,s),this.requestUpdate(e,l,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??Ce}static _$Ei(){if(this.hasOwnProperty(O("elementProperties")))return;const e=xt(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(O("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(O("properties"))){const r=this.properties,n=[...$t(r),...wt(r)];for(const i of n)this.createProperty(i,r[i])}const e=this[Symbol.metadata];if(e!==null){const r=litPropertyMetadata.get(e);if(r!==void 0)for(const[n,i]of r)this.elementProperties.set(n,i)}this._$Eh=new Map;for(const[r,n]of this.elementProperties){const i=this._$Eu(r,n);i!==void 0&&this._$Eh.set(i,r)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const r=[];if(Array.isArray(e)){const n=new Set(e.flat(1/0).reverse());for(const i of n)r.unshift(Se(i))}else e!==void 0&&r.push(Se(e));return r}static _$Eu(e,r){const n=r.attribute;return n===!1?void 0:typeof n=="string"?n:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,r=this.constructor.elementProperties;for(const n of r.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return gt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,r,n){this._$AK(e,n)}_$ET(e,r){const n=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,n);if(i!==void 0&&n.reflect===!0){const o=(n.converter?.toAttribute!==void 0?n.converter:J).toAttribute(r,n.type);this._$Em=e,o==null?this.removeAttribute(i):this.setAttribute(i,o),this._$Em=null}}_$AK(e,r){const n=this.constructor,i=n._$Eh.get(e);if(i!==void 0&&this._$Em!==i){const o=n.getPropertyOptions(i),s=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:J;this._$Em=i;const l=s.fromAttribute(r,o.type);this[i]=l??this._$Ej?.get(i)??l,this._$Em=null}}requestUpdate(e,r,n,i=!1,o){if(e!==void 0){const s=this.constructor;if(i===!1&&(o=this[e]),n??=s.getPropertyOptions(e),!((n.hasChanged??_e)(o,r)||n.useDefault&&n.reflect&&o===this._$Ej?.get(e)&&!this.hasAttribute(s._$Eu(e,n))))return;this.C(e,r,n)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,r,{useDefault:n,reflect:i,wrapped:o},s){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,s??r??this[e]),o!==!0||s!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(r=void 0),this._$AL.set(e,r)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(r){Promise.reject(r)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[i,o]of this._$Ep)this[i]=o;this._$Ep=void 0}const n=this.constructor.elementProperties;if(n.size>0)for(const[i,o]of n){const{wrapped:s}=o,l=this[i];s!==!0||this._$AL.has(i)||l===void 0||this.C(i,void 0,o,l)}}let e=!1;const r=this._$AL;try{e=this.shouldUpdate(r),e?(this.willUpdate(r),this._$EO?.forEach(n=>n.hostUpdate?.()),this.update(r)):this._$EM()}catch(n){throw e=!1,this._$EM(),n}e&&this._$AE(r)}willUpdate(e){}_$AE(e){this._$EO?.forEach(r=>r.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(r=>this._$ET(r,this[r])),this._$EM()}updated(e){}firstUpdated(e){}};C.elementStyles=[],C.shadowRootOptions={mode:"open"},C[O("elementProperties")]=new Map,C[O("finalized")]=new Map,jt?.({ReactiveElement:C}),(Q.reactiveElementVersions??=[]).push("2.1.2");const ge=globalThis,Le=t=>t,q=ge.trustedTypes,Te=q?q.createPolicy("lit-html",{createHTML:t=>t}):void 0,Ze="$lit$",v=`lit$${Math.random().toFixed(9).slice(2)}$`,Je="?"+v,At=`<${Je}>`,S=document,D=()=>S.createComment(""),R=t=>t===null||typeof t!="object"&&typeof t!="function",be=Array.isArray,St=t=>be(t)||typeof t?.[Symbol.iterator]=="function",re=`[ 	
\f\r]`,H=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Me=/-->/g,Pe=/>/g,x=RegExp(`>|${re}(?:([^\\s"'>=/]+)(${re}*=${re}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ne=/'/g,He=/"/g,qe=/^(?:script|style|textarea|title)$/i,Ke=t=>(e,...r)=>({_$litType$:t,strings:e,values:r}),m=Ke(1),Or=Ke(2),E=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),Fe=new WeakMap,j=S.createTreeWalker(S,129);function Ye(t,e){if(!be(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return Te!==void 0?Te.createHTML(e):e}const Et=(t,e)=>{const r=t.length-1,n=[];let i,o=e===2?"<svg>":e===3?"<math>":"",s=H;for(let l=0;l<r;l++){const a=t[l];let u,p,d=-1,f=0;for(;f<a.length&&(s.lastIndex=f,p=s.exec(a),p!==null);)f=s.lastIndex,s===H?p[1]==="!--"?s=Me:p[1]!==void 0?s=Pe:p[2]!==void 0?(qe.test(p[2])&&(i=RegExp("</"+p[2],"g")),s=x):p[3]!==void 0&&(s=x):s===x?p[0]===">"?(s=i??H,d=-1):p[1]===void 0?d=-2:(d=s.lastIndex-p[2].length,u=p[1],s=p[3]===void 0?x:p[3]==='"'?He:Ne):s===He||s===Ne?s=x:s===Me||s===Pe?s=H:(s=x,i=void 0);const y=s===x&&t[l+1].startsWith("/>")?" ":"";o+=s===H?a+At:d>=0?(n.push(u),a.slice(0,d)+Ze+a.slice(d)+v+y):a+v+(d===-2?l:y)}return[Ye(t,o+(t[r]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),n]};class U{constructor({strings:e,_$litType$:r},n){let i;this.parts=[];let o=0,s=0;const l=e.length-1,a=this.parts,[u,p]=Et(e,r);if(this.el=U.createElement(u,n),j.currentNode=this.el.content,r===2||r===3){const d=this.el.content.firstChild;d.replaceWith(...d.childNodes)}for(;(i=j.nextNode())!==null&&a.length<l;){if(i.nodeType===1){if(i.hasAttributes())for(const d of i.getAttributeNames())if(d.endsWith(Ze)){const f=p[s++],y=i.getAttribute(d).split(v),z=/([.?@])?(.*)/.exec(f);a.push({type:1,index:o,name:z[2],strings:y,ctor:z[1]==="."?Lt:z[1]==="?"?Tt:z[1]==="@"?Mt:ee}),i.removeAttribute(d)}else d.startsWith(v)&&(a.push({type:6,index:o}),i.removeAttribute(d));if(qe.test(i.tagName)){const d=i.textContent.split(v),f=d.length-1;if(f>0){i.textContent=q?q.emptyScript:"";for(let y=0;y<f;y++)i.append(d[y],D()),j.nextNode(),a.push({type:2,index:++o});i.append(d[f],D())}}}else if(i.nodeType===8)if(i.data===Je)a.push({type:2,index:o});else{let d=-1;for(;(d=i.data.indexOf(v,d+1))!==-1;)a.push({type:7,index:o}),d+=v.length-1}o++}}static createElement(e,r){const n=S.createElement("template");return n.innerHTML=e,n}}function T(t,e,r=t,n){if(e===E)return e;let i=n!==void 0?r._$Co?.[n]:r._$Cl;const o=R(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),o===void 0?i=void 0:(i=new o(t),i._$AT(t,r,n)),n!==void 0?(r._$Co??=[])[n]=i:r._$Cl=i),i!==void 0&&(e=T(t,i._$AS(t,e.values),i,n)),e}class Ct{constructor(e,r){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=r}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:r},parts:n}=this._$AD,i=(e?.creationScope??S).importNode(r,!0);j.currentNode=i;let o=j.nextNode(),s=0,l=0,a=n[0];for(;a!==void 0;){if(s===a.index){let u;a.type===2?u=new P(o,o.nextSibling,this,e):a.type===1?u=new a.ctor(o,a.name,a.strings,this,e):a.type===6&&(u=new Pt(o,this,e)),this._$AV.push(u),a=n[++l]}s!==a?.index&&(o=j.nextNode(),s++)}return j.currentNode=S,i}p(e){let r=0;for(const n of this._$AV)n!==void 0&&(n.strings!==void 0?(n._$AI(e,n,r),r+=n.strings.length-2):n._$AI(e[r])),r++}}class P{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,r,n,i){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=e,this._$AB=r,this._$AM=n,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const r=this._$AM;return r!==void 0&&e?.nodeType===11&&(e=r.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,r=this){e=T(this,e,r),R(e)?e===h||e==null||e===""?(this._$AH!==h&&this._$AR(),this._$AH=h):e!==this._$AH&&e!==E&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):St(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==h&&R(this._$AH)?this._$AA.nextSibling.data=e:this.T(S.createTextNode(e)),this._$AH=e}$(e){const{values:r,_$litType$:n}=e,i=typeof n=="number"?this._$AC(e):(n.el===void 0&&(n.el=U.createElement(Ye(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===i)this._$AH.p(r);else{const o=new Ct(i,this),s=o.u(this.options);o.p(r),this.T(s),this._$AH=o}}_$AC(e){let r=Fe.get(e.strings);return r===void 0&&Fe.set(e.strings,r=new U(e)),r}k(e){be(this._$AH)||(this._$AH=[],this._$AR());const r=this._$AH;let n,i=0;for(const o of e)i===r.length?r.push(n=new P(this.O(D()),this.O(D()),this,this.options)):n=r[i],n._$AI(o),i++;i<r.length&&(this._$AR(n&&n._$AB.nextSibling,i),r.length=i)}_$AR(e=this._$AA.nextSibling,r){for(this._$AP?.(!1,!0,r);e!==this._$AB;){const n=Le(e).nextSibling;Le(e).remove(),e=n}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class ee{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,r,n,i,o){this.type=1,this._$AH=h,this._$AN=void 0,this.element=e,this.name=r,this._$AM=i,this.options=o,n.length>2||n[0]!==""||n[1]!==""?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=h}_$AI(e,r=this,n,i){const o=this.strings;let s=!1;if(o===void 0)e=T(this,e,r,0),s=!R(e)||e!==this._$AH&&e!==E,s&&(this._$AH=e);else{const l=e;let a,u;for(e=o[0],a=0;a<o.length-1;a++)u=T(this,l[n+a],r,a),u===E&&(u=this._$AH[a]),s||=!R(u)||u!==this._$AH[a],u===h?e=h:e!==h&&(e+=(u??"")+o[a+1]),this._$AH[a]=u}s&&!i&&this.j(e)}j(e){e===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class Lt extends ee{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===h?void 0:e}}class Tt extends ee{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==h)}}class Mt extends ee{constructor(e,r,n,i,o){super(e,r,n,i,o),this.type=5}_$AI(e,r=this){if((e=T(this,e,r,0)??h)===E)return;const n=this._$AH,i=e===h&&n!==h||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,o=e!==h&&(n===h||i);i&&this.element.removeEventListener(this.name,this,n),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class Pt{constructor(e,r,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=r,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){T(this,e)}}const Dr={I:P},Nt=ge.litHtmlPolyfillSupport;Nt?.(U,P),(ge.litHtmlVersions??=[]).push("3.3.3");const Ht=(t,e,r)=>{const n=r?.renderBefore??e;let i=n._$litPart$;if(i===void 0){const o=r?.renderBefore??null;n._$litPart$=i=new P(e.insertBefore(D(),o),o,void 0,r??{})}return i._$AI(t),i};const ye=globalThis;let L=class extends C{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Ht(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return E}};L._$litElement$=!0,L.finalized=!0,ye.litElementHydrateSupport?.({LitElement:L});const Ft=ye.litElementPolyfillSupport;Ft?.({LitElement:L});(ye.litElementVersions??=[]).push("4.2.2");const Ot={attribute:!0,type:String,converter:J,reflect:!1,hasChanged:_e},Dt=(t=Ot,e,r)=>{const{kind:n,metadata:i}=r;let o=globalThis.litPropertyMetadata.get(i);if(o===void 0&&globalThis.litPropertyMetadata.set(i,o=new Map),n==="setter"&&((t=Object.create(t)).wrapped=!0),o.set(r.name,t),n==="accessor"){const{name:s}=r;return{set(l){const a=e.get.call(this);e.set.call(this,l),this.requestUpdate(s,a,t,!0,l)},init(l){return l!==void 0&&this.C(s,void 0,t,l),l}}}if(n==="setter"){const{name:s}=r;return function(l){const a=this[s];e.call(this,l),this.requestUpdate(s,a,t,!0,l)}}throw Error("Unsupported decorator location: "+n)};function N(t){return(e,r)=>typeof r=="object"?Dt(t,e,r):((n,i,o)=>{const s=i.hasOwnProperty(o);return i.constructor.createProperty(o,n),s?Object.getOwnPropertyDescriptor(i,o):void 0})(t,e,r)}function Ge(t){return N({...t,state:!0,attribute:!1})}const Rt=(t,e,r)=>(r.configurable=!0,r.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(t,e,r),r);function Ut(t,e){return(r,n,i)=>{const o=s=>s.renderRoot?.querySelector(t)??null;return Rt(r,n,{get(){return o(this)}})}}const Vt={ATTRIBUTE:1,CHILD:2},It=t=>(...e)=>({_$litDirective$:t,values:e});let Bt=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,r,n){this._$Ct=e,this._$AM=r,this._$Ci=n}_$AS(e,r){return this.update(e,r)}update(e,r){return this.render(...r)}};const I={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Completed","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.milligrams":"{n} mg","unit.millimetres":"{n} mm","unit.celsius":"{n} °C","unit.mm_per_s":"{n} mm/s","unit.mm3_per_s":"{n} mm³/s","unit.mm_per_s2":"{n} mm/s²","unit.percent":"{n} %","unit.cm3":"{n} cm³","unit.g_per_cm3":"{n} g/cm³","unit.per_kg":"{cost}/kg","unit.pixels":"{n} px","unit.kilobytes":"{n} kB","unit.megabytes":"{n} MB","value.yes":"Yes","value.no":"No","value.none":"None","value.item_n":"Filament {n}","kpi.time_per_job":"{time} per job","chart.total_value":"Total: {value}","event_data.status":"Result","event_data.message":"Message","setting.slicer":"Slicer","setting.slicer_version":"Slicer version","setting.printer_model":"Printer model","setting.print_profile":"Print profile","setting.filament_profile":"Filament profile","setting.printer_profile":"Printer profile","setting.layer_height":"Layer height","setting.first_layer_height":"First layer height","setting.nozzle_diameter":"Nozzle diameter","setting.nozzle_temp":"Nozzle temperature","setting.nozzle_temp_first_layer":"Nozzle temperature, first layer","setting.bed_temp":"Bed temperature","setting.bed_temp_first_layer":"Bed temperature, first layer","setting.filament_type":"Filament type","setting.filament_name":"Filament name","setting.filament_vendor":"Filament vendor","setting.filament_colour":"Filament colour","setting.filament_diameter":"Filament diameter","setting.filament_density":"Filament density","setting.filament_cost_per_kg":"Filament price","setting.infill_density":"Infill density","setting.infill_pattern":"Infill pattern","setting.wall_count":"Walls","setting.top_layers":"Top layers","setting.bottom_layers":"Bottom layers","setting.supports_enabled":"Supports","setting.support_type":"Support type","setting.brim_width":"Brim width","setting.skirt_loops":"Skirt loops","setting.total_layers":"Layers","setting.object_height":"Object height","setting.estimated_time":"Estimated print time","setting.filament_used_g":"Filament weight (slicer)","setting.filament_used_mm":"Filament length (slicer)","setting.filament_used_cm3":"Filament volume (slicer)","setting.print_cost":"Cost (slicer)","setting.speeds":"Speeds","setting.extruders":"Per filament","speed.print":"Print","speed.outer_wall":"Outer wall","speed.perimeter":"Inner walls","speed.small_perimeter":"Small perimeters","speed.infill":"Infill","speed.solid_infill":"Solid infill","speed.top_surface":"Top surface","speed.gap_fill":"Gap fill","speed.support":"Support","speed.support_interface":"Support interface","speed.bridge":"Bridge","speed.travel":"Travel","speed.first_layer":"First layer","speed.first_layer_infill":"First layer infill","speed.skirt":"Skirt","speed.prime_tower":"Prime tower","colour.black":"Black","colour.dark_grey":"Dark grey","colour.grey":"Grey","colour.light_grey":"Light grey","colour.white":"White","colour.red":"Red","colour.dark_red":"Dark red","colour.orange":"Orange","colour.yellow":"Yellow","colour.gold":"Gold","colour.olive":"Olive","colour.lime":"Lime","colour.green":"Green","colour.dark_green":"Dark green","colour.teal":"Teal","colour.cyan":"Cyan","colour.sky_blue":"Sky blue","colour.blue":"Blue","colour.navy":"Navy","colour.purple":"Purple","colour.magenta":"Magenta","colour.pink":"Pink","colour.brown":"Brown","colour.beige":"Beige","colour.transparent":"Transparent","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.accuracy":"Slicer estimates vs. reality","analytics.by_slicer":"Jobs by slicer","analytics.by_layer_height":"Jobs by layer height","analytics.layer_height_value":"{n} mm","analytics.succeeded":"{pct} succeeded","accuracy.intro":"Completed jobs compared with what the slicer estimated: how long they really took and how much filament they really used.","accuracy.no_jobs":"No completed jobs in this selection.","accuracy.time":"Print time","accuracy.filament":"Filament","accuracy.time_under":"The slicer under-estimates print time by {pct}: prints take longer than it says.","accuracy.time_over":"The slicer over-estimates print time by {pct}: prints finish sooner than it says.","accuracy.time_exact":"The slicer's print time estimates are right on average.","accuracy.time_none":"No completed job has a print time estimate from the slicer.","accuracy.filament_under":"The slicer under-estimates filament by {pct}: prints use more than it says.","accuracy.filament_over":"The slicer over-estimates filament by {pct}: prints use less than it says.","accuracy.filament_exact":"The slicer's filament estimates are right on average.","accuracy.filament_none":"No completed job has a filament estimate from the slicer.","accuracy.job_error":"A single job is off by {pct} on average, either way.","accuracy.time_totals":{one:"Estimated {estimated}, took {actual} ({n} job)",other:"Estimated {estimated}, took {actual} ({n} jobs)"},"accuracy.filament_totals":{one:"Estimated {estimated}, used {actual} ({n} job)",other:"Estimated {estimated}, used {actual} ({n} jobs)"},"accuracy.longer":"{pct} longer","accuracy.shorter":"{pct} shorter","accuracy.more":"{pct} more","accuracy.less":"{pct} less","accuracy.as_estimated":"As estimated","accuracy.per_job":"± {pct} per job","accuracy.by_printer":"Per printer","accuracy.by_material":"Per material","accuracy.material":"Material","accuracy.jobs":"Completed jobs","accuracy.time_column":"Print time vs. estimate","accuracy.filament_column":"Filament vs. estimate","filter.duration":"Print duration","filter.duration_any":"Any duration","filter.duration_custom":"Custom…","filter.duration_min":"At least","filter.duration_max":"At most","filter.duration_hours":"{bound}: hours","filter.duration_minutes":"{bound}: minutes","filter.h":"h","filter.min":"min","filter.duration_order":"“At most” is shorter than “at least”: no job can match, so the duration is not applied.","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.by_spool":"Filament by spool","analytics.by_vendor":"Filament by vendor","analytics.by_material":"Filament by material","analytics.spool_totals":"{grams} from Spoolman spools, costing {cost}","spools.title":"Spools","spools.spool":"Spool","spools.material":"Material","spools.length":"Length","spools.weight":"Weight","spools.filament_cost":"Filament cost from the spools' prices","spools.filter":"Spool","spools.any":"Any spool","spools.vendors":"Vendors","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","costs.title":"Costs","costs.summary":"{cost} in total: filament {filament}, electricity {electricity}, machine {machine} · {energy} kWh, {per_job} kWh per metered job · {per_gram} per gram","costs.per_month":"Cost per month","costs.by_printer":"Cost by printer","costs.by_material":"Cost by material","costs.material":"Material","costs.expensive":"Most expensive jobs","costs.filament":"Filament","costs.electricity":"Electricity","costs.machine":"Machine","costs.unsplit":"Not split (typed by hand)","costs.total":"Cost","costs.jobs":"Jobs","costs.energy_kwh":"kWh","costs.kwh_per_job":"kWh / job","costs.kwh_per_hour":"kWh / print hour","costs.cost_per_gram":"Cost / g","costs.file":"File","costs.started":"Started","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","column.picture":"Picture","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.export":"Export CSV","jobs.export_hint":"Download the jobs the filters select as a CSV file","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","jobcost.title":"Energy and cost","jobcost.energy":"Energy","jobcost.electricity":"Electricity","jobcost.filament":"Filament","jobcost.machine":"Machine time","jobcost.total":"Total","jobcost.kwh":"{n} kWh","jobcost.watts":"{n} W","jobcost.source.measured":"measured","jobcost.source.estimated":"estimated (gaps filled)","jobcost.source.spoolman":"Spoolman spool price","jobcost.source.slicer":"slicer's filament price","jobcost.source.price_table":"price table","jobcost.source.manual":"entered by hand","jobcost.source.computed":"sum of the parts","jobcost.source.rate":"machine rate per print hour","jobcost.not_computed":"No cost computed for this job. Set the plug sensor, the electricity price and the machine rate in the printer's options (Energy and cost).","jobcost.power_title":"Power","jobcost.power_stats":"mean {mean} · max {max}","jobcost.power_from_statistics":"hourly means from the recorder's long-term statistics","jobcost.power_no_sensor":"No plug sensor is set for this printer (its options: Energy and cost).","jobcost.power_no_history":"The recorder has no readings of {entity} over this job (any more).","jobcost.power_no_recorder":"Home Assistant's recorder is not running: no power curve.","jobcost.power_error":"Could not load the power curve: {error}","jobcost.power_chart":"Power of {entity} over the job","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.open_job":"Open {file} in the Print Log","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.maintenance":"Maintenance","maintenance.left_hours":"{left} of {of} h left","maintenance.left_filament_kg":"{left} of {of} kg left","maintenance.left_jobs":"{left} of {of} jobs left","maintenance.left_days":"{left} of {of} days left","maintenance.delete_confirm":"Delete “{name}”? A task with a log is archived and its log kept.","maintenance.fix_fields":"Please correct the marked fields.","maintenance.field.name":"Task","maintenance.field.interval_hours":"Every … print hours","maintenance.field.interval_filament_kg":"Every … kg of filament","maintenance.field.interval_jobs":"Every … jobs","maintenance.field.interval_days":"Every … days","maintenance.field.cost":"Cost","maintenance.field.notes":"Notes","maintenance.edit_task":"Edit task","maintenance.add_task":"Add task","maintenance.status.ok":"OK","maintenance.status.soon":"Nearly due","maintenance.status.due":"Due","maintenance.progress_of":"How close {name} is to due","maintenance.last_done":"Last done: {when}","maintenance.failure_rate":"Failure rate since: {since} (before: {before})","maintenance.log_done":"Log as done","maintenance.done":"Done","maintenance.total_cost":"Maintenance cost: {cost}","maintenance.no_tasks":"No maintenance tasks for this printer.","maintenance.log":"Maintenance log","maintenance.no_log":"Nothing logged yet.","maintenance.when":"When","maintenance.by":"By","maintenance.counters":"Printer counters","photos.title":"Photos","photos.none":"No photos yet","photos.open":"Open the photo","photos.add":"Add a photo","photos.uploading":"Uploading…","photos.upload_failed":"The photo was not added: {error}","photos.close":"Close","photos.kind.first_layer":"First layer","photos.kind.pause":"Paused","photos.kind.end":"End","photos.kind.upload":"Added by hand","climate.title":"Enclosure climate","climate.paused":"Paused","climate.stats":"min {min} · mean {mean} · max {max} {unit}","climate.missing":"no reading for {time}","failure.spaghetti":"Spaghetti","failure.bed_adhesion":"Bed adhesion","failure.clog":"Clogged nozzle","failure.layer_shift":"Layer shift","failure.filament_runout":"Filament ran out","failure.cancelled_on_purpose":"Cancelled on purpose","failure.other":"Other","failure.unknown":"No reason given","failure.other_text":"What happened","analytics.failure_reason":"Why jobs failed","panel.files":"Files","files.search":"Search file names","files.sort":"Sort by","files.order":"Order","files.order.desc":"Highest / newest first","files.order.asc":"Lowest / oldest first","files.sort.last_start":"Last print","files.sort.prints":"Prints","files.sort.success_rate":"Success rate","files.sort.filename":"File name","files.sort.print_duration":"Print time","files.sort.filament":"Filament","files.thumbnail":"Thumbnail","files.file":"File","files.prints":"Prints","files.success_rate":"Success","files.last_result":"Last result","files.mean_time":"Mean time","files.mean_filament":"Mean filament","files.cost":"Cost","files.estimate":"Time vs. estimate","files.none":"No files match","files.range":"{from}–{to} of {total}","files.previous":"Previous page","files.next":"Next page","files.record":"File record","files.per_printer":"Per printer","files.farm":"Whole farm","files.versions":"Versions (re-slices)","files.version":"Version {n} of {count}","files.this_version":"this one","files.open_record":"File record","reprint.action":"Print again","reprint.heading":"Print again","reprint.print":"Print","reprint.copy_and_print":"Copy and print","reprint.print_anyway":"Print anyway","reprint.started":"Started on {printer}.","reprint.started_copied":"Copied from {source} and started on {printer}.","reprint.reason.printer_unknown":"This printer is not loaded.","reprint.reason.printer_offline":"The printer is offline.","reprint.reason.klippy_not_ready":"Klipper is not ready on this printer.","reprint.reason.printer_busy":"The printer is busy.","reprint.reason.file_missing":"The file is on no printer of the farm.","reprint.reason.copy_needed":"The file is not on this printer but on another one of the farm: copy it there first?","reprint.reason.model_mismatch":"The file was sliced for another printer model: print it anyway?","reprint.reason.moonraker_error":"The printer's Moonraker failed: {error}","card.show_reprint":"Offer “print again” (administrators)"},Oe=["en","de","fr","es","it","nl","pl","pt-BR"],zt={de:()=>w(()=>import("./i18n-de-DCR91t8r.js"),[],import.meta.url),fr:()=>w(()=>import("./i18n-fr-Dypo0dTO.js"),[],import.meta.url),es:()=>w(()=>import("./i18n-es-DeDlYfgT.js"),[],import.meta.url),it:()=>w(()=>import("./i18n-it-CGQ4TiVj.js"),[],import.meta.url),nl:()=>w(()=>import("./i18n-nl-DDdtdml1.js"),[],import.meta.url),pl:()=>w(()=>import("./i18n-pl-DMOKP45I.js"),[],import.meta.url),"pt-BR":()=>w(()=>import("./i18n-pt-BR-Dofjdp0D.js"),[],import.meta.url)};function te(t){if(!t)return"en";const e=t.toLowerCase().replace(/_/g,"-"),r=Oe.find(i=>i.toLowerCase()===e);if(r)return r;const n=e.split("-")[0];return n==="pt"?"pt-BR":Oe.find(i=>i===n)??"en"}let K="en",Xe=I,ve=new Intl.PluralRules("en"),ie="en";const oe=new Map([["en",I]]);function Vr(){return K}async function Qe(t){const e=oe.get(t);if(e)return e;const r=await zt[t]();return oe.set(t,r.default),r.default}async function Ir(t,e){const r=te(t);let n=I,i="en";try{n=await Qe(r),i=r}catch(o){console.warn(`print_logger: texts in ${r} unavailable, English shown:`,o)}return K=i,Xe=n,ve=new Intl.PluralRules(i),ie=e??i,i}const De=new Map;function Wt(t){if(typeof t!="number")return t;const e=ie??"";let r=De.get(e);return r||(r=new Intl.NumberFormat(ie,{maximumFractionDigits:2}),De.set(e,r)),r.format(t)}function se(t,e,r=ve){return typeof t=="string"?t:e===void 0?t.other:t[r.select(e)]??t.other}function c(t,e){return et(Xe,ve,t,e)}function Br(t,e,r){const n=t?te(t):K,i=oe.get(n);return!i||n===K?c(e,r):et(i,new Intl.PluralRules(n),e,r)}function et(t,e,r,n){const i=t[r]??I[r];if(i===void 0)return r;const o=typeof n?.count=="number"?n.count:void 0,s=se(i,o,e);return n?s.replace(/\{(\w+)\}/g,(l,a)=>n[a]===void 0?l:Wt(n[a])):s}async function zr(t,e){try{return se((await Qe(te(t)))[e],void 0)}catch{return se(I[e],void 0)}}const b="print_logger";function tt(t){const e={};for(const[r,n]of Object.entries(t))n==null||n===""||Array.isArray(n)&&n.length===0||(e[r]=n);return e}function Wr(t){if(t&&typeof t=="object"){const e=t.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(r=>typeof r[1]=="string"))}return{}}function Zr(t){if(t&&typeof t=="object"){const e=t.translation_key;if(typeof e=="string")return e}}function Jr(t){if(t&&typeof t=="object"){const e=t;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof t=="string"?t:c("common.unknown_error")}const Zt=2e4,Y=new Map;function rt(t,e){return{type:`${b}/${t}`,...tt(e)}}function qr(t){const e=window.hassConnection;if(!e)return!1;for(const[r,n]of t){const i=rt(r,n),o=e.then(({conn:s})=>s.sendMessagePromise(i));o.catch(()=>{}),Y.set(JSON.stringify(i),{at:Date.now(),answer:o})}return!0}function Jt(t){const e=JSON.stringify(t),r=Y.get(e);if(r&&(Y.delete(e),!(Date.now()-r.at>Zt)))return r.answer}class Kr{constructor(e){this.hass=e}call(e,r={}){const n=rt(e,r),i=Y.size?Jt(n):void 0;return i?i.catch(()=>this.hass.callWS(n)):this.hass.callWS(n)}getMaintenance(e){return this.call("maintenance/get",{printer_ids:e})}createTask(e){return this.hass.callWS({type:`${b}/maintenance/tasks/create`,...e})}updateTask(e,r){return this.hass.callWS({type:`${b}/maintenance/tasks/update`,task_id:e,...r})}deleteTask(e){return this.call("maintenance/tasks/delete",{task_id:e})}logMaintenance(e){return this.call("maintenance/log/create",e)}deleteLogEntry(e){return this.call("maintenance/log/delete",{entry_id:e})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async exportUrl(e){const r=new URLSearchParams;for(const[o,s]of Object.entries(tt(e)))s==null||s===""||r.set(o,Array.isArray(s)?s.join(","):String(s));const n=r.toString(),{path:i}=await this.hass.callWS({type:"auth/sign_path",path:`/api/${b}/export.csv${n?`?${n}`:""}`,expires:60});return i}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}jobPower(e){return this.call("jobs/power",{job_id:e})}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,r){return(await this.hass.callWS({type:`${b}/jobs/update`,job_id:e,...r})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}listFiles(e){return this.call("files/list",e)}getFile(e){return this.call("files/get",{file_id:e})}startPrint(e,r,n=!1,i=!1){return this.call("print/start",{printer_id:e,filename:r,copy:n,confirm:i})}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,r,n){return this.call("analytics/timeseries",{...e,bucket:r,metric:n})}breakdown(e,r){return this.call("analytics/breakdown",{...e,by:r})}accuracy(e){return this.call("analytics/accuracy",e)}spoolBreakdown(e,r){return this.call("analytics/spools",{...e,by:r})}costs(e,r){return this.call("analytics/costs",{...e,by:r})}expensiveJobs(e,r=10){return this.call("analytics/expensive_jobs",{...e,limit:r})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${b}/subscribe`})}fetch(e,r={}){if(this.hass.fetchWithAuth)return this.hass.fetchWithAuth(e,r);const n=this.hass.auth?.data?.access_token,i=this.hass.auth?.data?.hassUrl??"";return fetch(i+e,{...r,headers:{...r.headers??{},...n?{Authorization:`Bearer ${n}`}:{}}})}async thumbnail(e){const r=await this.fetch(`/api/${b}/jobs/${encodeURIComponent(e)}/thumbnail`);if(r.status===404)return null;if(!r.ok)throw new Error(`thumbnail: HTTP ${r.status}`);return r.blob()}async photo(e,r=!1){const n=r?"?size=thumb":"",i=await this.fetch(`/api/${b}/photos/${encodeURIComponent(e)}${n}`);if(i.status===404)return null;if(!i.ok)throw new Error(`photo: HTTP ${i.status}`);return i.blob()}async uploadPhoto(e,r){const n=new FormData;n.append("file",r,r instanceof File?r.name:"photo.jpg");const i=await this.fetch(`/api/${b}/jobs/${encodeURIComponent(e)}/photos`,{method:"POST",body:n}),o=await i.json().catch(()=>({}));if(!i.ok||!o.photo){const s=o.errors?Object.values(o.errors).join("; "):"";throw new Error(s||o.message||`HTTP ${i.status}`)}return o.photo}async deletePhoto(e){return(await this.call("photos/delete",{photo_id:e})).deleted}}class Yr{get active(){return this.pending!==void 0}start(e,r,n){this.stop(),this.pending=e.subscribe(r).catch(i=>{n?.(i)})}stop(){const e=this.pending;this.pending=void 0,e?.then(r=>r?.()).catch(()=>{})}}const qt=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function Kt(t){try{const e=new Intl.Locale(t??"en"),r=e.getWeekInfo?.()??e.weekInfo;if(r&&r.firstDay>=1&&r.firstDay<=7)return r.firstDay-1}catch{}return 0}function Gr(t){const e=t?.locale?.language||t?.language||void 0;let r=e;switch(t?.locale?.number_format){case"comma_decimal":r="en-US";break;case"decimal_comma":r="de-DE";break;case"space_comma":r="fr-FR";break;case"system":r=void 0;break}const n=t?.locale?.time_format,i=n==="12"?!0:n==="24"?!1:void 0,o=t?.locale?.time_zone==="server"&&t.config?.time_zone?t.config.time_zone:void 0,s=qt.indexOf(t?.locale?.first_weekday??""),l=s>=0?s:Kt(e);return{numberLocale:r,dateLocale:e,timeZone:o,hour12:i,currency:t?.config?.currency,language:te(e),firstWeekday:l}}const Re=new Map,Ue=new Map;function nt(t,e){const r=JSON.stringify([t??null,e]);let n=Re.get(r);return n||(n=new Intl.NumberFormat(t,e),Re.set(r,n)),n}function ae(t,e){const r=JSON.stringify([t??null,e]);let n=Ue.get(r);return n||(n=new Intl.DateTimeFormat(t,e),Ue.set(r,n)),n}function g(t,e,r=0){return t==null||!Number.isFinite(t)?"—":nt(e.numberLocale,{maximumFractionDigits:r,minimumFractionDigits:0}).format(t)}function Yt(t,e){return t==null||!Number.isFinite(t)?"—":`${g(t,e,1)} %`}function G(t,e){if(t==null||!Number.isFinite(t))return"—";if(e.currency)try{return nt(e.numberLocale,{style:"currency",currency:e.currency}).format(t)}catch{}return g(t,e,2)}function le(t,e){return c(`unit.${e}`,{n:t})}function A(t,e,r,n=0){return t==null||!Number.isFinite(t)?"—":le(g(t,r,n),e)}function Gt(t){if(t==null||!Number.isFinite(t)||t<0)return"—";const e=Math.round(t);if(e<60)return le(String(e),"seconds");const r=Math.floor(e/60);if(r<60)return le(String(r),"minutes");const n=Math.floor(r/60),i=r%60;if(n<24)return c("duration.hours_minutes",{h:String(n),min:String(i).padStart(2,"0")});const o=Math.floor(n/24);return c("duration.days_hours",{d:String(o),h:String(n%24)})}function X(t,e,r=6){const n=Math.abs(t);return!Number.isFinite(n)||n===0||n>=10?e:Math.max(e,Math.min(r,1-Math.floor(Math.log10(n))))}function it(t,e,r=1){if(!Number.isFinite(t))return"—";if(t>=1e3)return A(t/1e3,"kilograms",e,2);if(t>0&&t<1){const n=t*1e3;return A(n,"milligrams",e,X(n,0,3))}return A(t,"grams",e,X(t,r))}function ot(t,e,r=0){return t==null||!Number.isFinite(t)||t<0?"—":A(t,"grams",e,X(t,r))}function $e(t,e){return t==null||!Number.isFinite(t)||t<0?"—":A(t/1e3,"metres",e,X(t/1e3,2,4))}function Xt(t,e,r){return t!=null&&Number.isFinite(t)&&t>0?it(t,r):e!=null&&Number.isFinite(e)&&e>0?$e(e,r):"—"}function Xr(t,e,r=!0,n=new Date){if(!t)return"—";const i=new Date(t);if(Number.isNaN(i.getTime()))return"—";const o=ae("en",{year:"numeric",timeZone:e.timeZone}),s=o.format(i)===o.format(n);return ae(e.dateLocale,{year:r||!s?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(i)}const Qt={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function ce(t){const e=Qt[t];return e?c(e):t.replace(/_/g," ")}function er(t){return t==="completed"?"ok":t==="cancelled"?"warn":t==="in_progress"?"active":"error"}function tr(t){return m`<span class=${`chip status-${er(t)}`}>${ce(t)}</span>`}function de(t,e){if(!e)return-t.getTimezoneOffset()*6e4;const r=ae("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(t),n=o=>Number(r.find(s=>s.type===o)?.value??0);return Date.UTC(n("year"),n("month")-1,n("day"),n("hour"),n("minute"),n("second"))-Math.floor(t.getTime()/1e3)*1e3}function ue(t,e,r){const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t.trim());if(!n)return;const i=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!i)return;const[o,s,l,a,u]=[n[1],n[2],n[3],i[1],i[2]].map(Number),p=Date.UTC(o,s-1,l,a,u),d=new Date(p);if(Number.isNaN(p)||d.getUTCMonth()!==s-1||d.getUTCDate()!==l||a>23||u>59)return;let f=p-de(new Date(p),r);return f=p-de(new Date(f),r),new Date(f).toISOString()}function rr(t,e){return new Date(t.getTime()+de(t,e)).toISOString().slice(0,10)}function pe(t){if(!t)return;const e=t.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function nr(t){const e=new Set;for(const r of t.split(/[,;]/)){const n=r.trim();n&&e.add(n)}return[...e]}const ir=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function st(t){return t.replace(ir,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}const or=/(?<=[_\-.+])(?=.)|(?<=\p{Ll})(?=\p{Lu})/u;function sr(t){return t.split(or)}function Qr(t){const e=sr(st(t));return m`<bdi class="fname" dir="auto">${e.map((r,n)=>n?m`<wbr />${r}`:r)}</bdi>`}var en="M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z",tn="M15.41,16.58L10.83,12L15.41,7.41L14,6L8,12L14,18L15.41,16.58Z",rn="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z",ar="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z",nn="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z",on="M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z",sn="M4 4V22H20V24H4C2.9 24 2 23.1 2 22V4H4M15 7H20.5L15 1.5V7M8 0H16L22 6V18C22 19.11 21.11 20 20 20H8C6.89 20 6 19.1 6 18V2C6 .89 6.89 0 8 0M17 16V14H8V16H17M20 12V10H8V12H20Z",an="M6,13H18V11H6M3,6V8H21V6M10,18H14V16H10V18Z",ln="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",cn="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z",dn="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z",lr="M19,6A1,1 0 0,0 20,5A1,1 0 0,0 19,4A1,1 0 0,0 18,5A1,1 0 0,0 19,6M19,2A3,3 0 0,1 22,5V11H18V7H6V11H2V5A3,3 0 0,1 5,2H19M18,18.25C18,18.63 17.79,18.96 17.47,19.13L12.57,21.82C12.4,21.94 12.21,22 12,22C11.79,22 11.59,21.94 11.43,21.82L6.53,19.13C6.21,18.96 6,18.63 6,18.25V13C6,12.62 6.21,12.29 6.53,12.12L11.43,9.68C11.59,9.56 11.79,9.5 12,9.5C12.21,9.5 12.4,9.56 12.57,9.68L17.47,12.12C17.79,12.29 18,12.62 18,13V18.25M12,11.65L9.04,13L12,14.6L14.96,13L12,11.65M8,17.66L11,19.29V16.33L8,14.71V17.66M16,17.66V14.71L13,16.33V19.29L16,17.66Z",un="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z",pn="M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z",hn="M12,15.39L8.24,17.66L9.23,13.38L5.91,10.5L10.29,10.13L12,6.09L13.71,10.13L18.09,10.5L14.77,13.38L15.76,17.66M22,9.24L14.81,8.63L12,2L9.19,8.63L2,9.24L7.45,13.97L5.82,21L12,17.27L18.18,21L16.54,13.97L22,9.24Z",mn="M5,4H19A2,2 0 0,1 21,6V18A2,2 0 0,1 19,20H5A2,2 0 0,1 3,18V6A2,2 0 0,1 5,4M5,8V12H11V8H5M13,8V12H19V8H13M5,14V18H11V14H5M13,14V18H19V14H13Z",fn="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";function at(t,e){return e?m`<svg class="icon" viewBox="0 0 24 24" role="img" aria-label=${e}><path d=${t}></path></svg>`:m`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${t}></path></svg>`}let we,ne;function cr(){return we}function _n(t){return ne??=t.limits().then(e=>we=e).catch(()=>{ne=void 0}),ne}function gn(t,e,r,n=we){const i=n?.numbers[t];return i?e<i.min||e>i.max?c("form.range",{field:r,min:String(i.min),max:String(i.max)}):"":e<0?c("form.positive",{field:r}):""}const dr=V`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
`,lt=[{id:"7d",days:7},{id:"30d",days:30},{id:"90d",days:90},{id:"365d",days:365},{id:"all",days:0}];function bn(t){return c(`period.${t}`)}function yn(t){return lt.some(e=>e.id===t)}function vn(t,e,r,n){const i={};e.length&&(i.printer_ids=[...e]);const o=lt.find(s=>s.id===t);if(o&&o.days>0){const s=new Date(r.getTime()-(o.days-1)*864e5),l=ue(rr(s,n),"00:00",n);l&&(i.since=l)}return i}function $n(t){switch(t){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function ur(t){const e=/^(\d{4})-W(\d{2})$/.exec(t);if(e){const o=Date.UTC(Number(e[1]),0,4);return(o-(new Date(o).getUTCDay()+6)%7*864e5+(Number(e[2])-1)*7*864e5)/1e3}const r=/^(\d{4})-(\d{2})$/.exec(t);if(r)return Date.UTC(Number(r[1]),Number(r[2])-1,1)/1e3;const n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(n)return Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3]))/1e3;const i=Date.parse(t);return Number.isNaN(i)?Number.NaN:i/1e3}function wn(t){const e=t.map(r=>[ur(r.bucket),Number(r.value)||0]).filter(([r])=>Number.isFinite(r)).sort((r,n)=>r[0]-n[0]);return[e.map(r=>r[0]),e.map(r=>r[1])]}function xn(t,e,r,n=!1){const i=new Date(t*1e3);return new Intl.DateTimeFormat(r,e==="year"?{year:"numeric",timeZone:"UTC"}:e==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:n?{month:"short",day:"numeric",year:"2-digit",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(i)}function kn(t){if(t.length<2)return!1;const e=r=>new Date(r*1e3).getUTCFullYear();return e(t[0])!==e(t[t.length-1])}function jn(t,e){if(t.length<=e)return[...t];const r=Math.ceil(t.length/Math.max(e,1));return t.filter((n,i)=>i%r===0)}function An(t){return t==="day"?86400:t==="week"?7*86400:t==="month"?30*86400:365*86400}const pr=3600,W=t=>({n:t,unit:"minutes"}),_=t=>({n:t,unit:"hours"}),Ve=t=>t.n*(t.unit==="hours"?pr:60),hr=[[void 0,W(15)],[W(15),W(30)],[W(30),_(1)],[_(1),_(2)],[_(2),_(4)],[_(4),_(8)],[_(8),_(16)],[_(16),void 0]].map(([t,e])=>({from:t,to:e,min:t?Ve(t):0,max:e?Ve(e)-.001:void 0}));function mr(t,e){const r=s=>A(s.n,s.unit,e),{from:n,to:i}=t;if(!n)return i?c("unit.under",{limit:r(i)}):"";if(!i)return c("unit.at_least",{limit:r(n)});const o=n.unit===i.unit?g(n.n,e):r(n);return c("unit.range",{from:o,to:r(i)})}function Sn(t){return hr.map(e=>t.find(r=>r.key===e.min)?.jobs??0)}function En(t){const e=new Intl.DateTimeFormat(t,{weekday:"short",timeZone:"UTC"});return Array.from({length:7},(r,n)=>e.format(new Date(Date.UTC(2024,0,1+n))))}function Cn(t){return Array.from({length:7},(e,r)=>(t+r)%7)}function Ln(t){const e=Array.from({length:7},()=>new Array(24).fill(0));for(const r of t){const n=r.key;typeof n!="number"||!Number.isInteger(n)||n<0||n>=168||(e[Math.floor(n/24)][n%24]=r.jobs)}return e}function Tn(t){let e=0;for(const r of t)for(const n of r)n>e&&(e=n);return e}function Mn(t,e,r){const n=[...t].sort((l,a)=>(a[e]??0)-(l[e]??0));if(n.length<=r)return n;const i=n.slice(0,r-1),o=n.slice(r-1),s={key:"__other__",label:c("common.other_n",{n:o.length}),jobs:o.reduce((l,a)=>l+a.jobs,0),hours:o.reduce((l,a)=>l+a.hours,0),filament_g:o.reduce((l,a)=>l+a.filament_g,0),success_rate:null};return[...i,s]}const fr=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Ie=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],Pn=fr.filter(t=>t!=="in_progress"),Nn=["spaghetti","bed_adhesion","clog","layer_shift","filament_runout","cancelled_on_purpose","other"],Hn=["last_start","prints","success_rate","filename","print_duration","filament"],_r={printer:"",status:"",since:"",until:"",q:"",filament:"",tags:"",spool:"",duration:""},gr=[{value:"",get label(){return c("filter.all_statuses")},statuses:[]},...["completed","failed","cancelled","in_progress"].map(t=>({value:t,get label(){return t==="failed"?c("filter.failed_any"):ce(t)},statuses:t==="failed"?[...Ie]:[t]})),...Ie.map(t=>({value:`only:${t}`,get label(){return`— ${ce(t)}`},statuses:[t]}))];function br(t,e){const r={};t.printer&&(r.printer_ids=[t.printer]);const n=gr.find(a=>a.value===t.status)?.statuses??[];n.length&&(r.statuses=[...n]);const i=t.since?ue(t.since,"00:00",e):void 0;if(i&&(r.since=i),t.until){const a=new Date(`${t.until}T00:00:00Z`);if(!Number.isNaN(a.getTime())){a.setUTCDate(a.getUTCDate()+1);const u=ue(a.toISOString().slice(0,10),"00:00",e);u&&(r.until=u)}}t.q.trim()&&(r.q=t.q.trim()),t.filament.trim()&&(r.filament_type=t.filament.trim());const o=nr(t.tags);o.length&&(r.tags=o);const s=/^id:(\d{1,9})$/.exec(t.spool??"");s?r.spool_id=Number(s[1]):t.spool?.startsWith("vendor:")&&t.spool.length>7&&(r.spool_vendor=t.spool.slice(7));const l=ut(t.duration??"");return l.valid&&(l.min!==void 0&&l.min>0&&(r.min_duration=l.min),l.max!==void 0&&(r.max_duration=l.max)),r}function Fn(t){return Object.entries(t).filter(([e,r])=>{if(e==="q"||!r)return!1;if(e==="duration"){const n=ut(String(r));return n.min!==void 0||n.max!==void 0}return!0}).length}const F=3600,yr=365*86400;function ct(){return cr()?.numbers.max_duration?.max??yr}const dt=[{value:"lt1h",from:void 0,to:{n:1,unit:"hours"},min:0,max:F-.001},{value:"1to4h",from:{n:1,unit:"hours"},to:{n:4,unit:"hours"},min:F,max:4*F-.001},{value:"ge4h",from:{n:4,unit:"hours"},to:void 0,min:4*F,max:void 0}];function On(t,e){const r=dt.find(n=>n.value===t);return r?mr(r,e):""}function he(t){if(t===void 0||t.trim()==="")return;const e=Number(t);if(Number.isFinite(e))return Math.min(Math.max(Math.round(e),0),ct())}function ut(t){if(!t)return{choice:"",valid:!0};const e=dt.find(s=>s.value===t);if(e){const s={choice:e.value,valid:!0};return e.min>0&&(s.min=e.min),e.max!==void 0&&(s.max=e.max),s}const r=/^custom:([^:]*):([^:]*)$/.exec(t);if(!r)return{choice:"",valid:!0};const n={choice:"custom",valid:!0},i=he(r[1]),o=he(r[2]);return i!==void 0&&i>0&&(n.min=i),o!==void 0&&(n.max=o),n.min!==void 0&&n.max!==void 0&&n.max<n.min&&(n.valid=!1),n}function Dn(t,e){const r=n=>n===void 0?"":String(he(String(n))??"");return`custom:${r(t)}:${r(e)}`}function Rn(t,e){const r=t.trim()===""?void 0:Number(t.replace(",",".")),n=e.trim()===""?void 0:Number(e.replace(",","."));if(r===void 0&&n===void 0)return;const i=(r!==void 0&&Number.isFinite(r)?r:0)*F+(n!==void 0&&Number.isFinite(n)?n:0)*60;return Math.min(Math.max(Math.round(i),0),ct())}function Un(t){if(t===void 0)return{hours:"",minutes:""};const e=Math.round(t/60);return{hours:String(Math.floor(e/60)),minutes:String(e%60)}}function vr(t){const e={};return t.printer_ids&&(e.printer_ids=t.printer_ids),t.statuses&&(e.statuses=t.statuses),t.since&&(e.since=t.since),t.until&&(e.until=t.until),t.q&&(e.q=t.q),t.filament_type&&(e.filament_type=t.filament_type),t.tags&&(e.tags=t.tags),t.min_duration!==void 0&&(e.min_duration=t.min_duration),t.max_duration!==void 0&&(e.max_duration=t.max_duration),t.spool_id!==void 0&&(e.spool_id=t.spool_id),t.spool_vendor&&(e.spool_vendor=t.spool_vendor),e}const $r="start",wr="desc",xr=50;function Vn(){const t=br(_r,void 0);return[["printers/list",{}],["jobs/list",{...t,sort:$r,order:wr,limit:xr,cursor:null}],["analytics/summary",vr(t)]]}function In(t){const e=t.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const kr=["standby","printing","paused","complete","cancelled","error"];function Bn(t){if(!t.online)return c("printer.offline");const e=t.print_state||"standby",r=`printer.${e}`;return kr.includes(e)?c(r):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function zn(t,e){if(e.type==="printer")return t.some(n=>n.id===e.printer.id)?t.map(n=>n.id===e.printer.id?e.printer:n):[...t,e.printer];if(e.type==="job_changed"){const r=e.job;return t.map(n=>n.id!==r.printer_id?n:r.status==="in_progress"?{...n,current_job:r}:n.current_job?.id===r.id?{...n,current_job:null}:n)}return t}function jr(t,e){if(t.status!=="in_progress")return!1;const r=e.find(n=>n.id===t.printer_id);return!!r&&r.online&&r.print_state==="paused"&&r.current_job?.id===t.id}function Wn(t,e){return jr(t,e)?m`<span class="chip status-warn" data-paused>${c("printer.paused")}</span>`:tr(t.status)}function Zn(t){return t.end_photo_id?`p:${t.end_photo_id}`:t.has_thumbnail?`t:${t.id}`:""}const Ar=300,k=new Map;function Be(t,e){for(k.delete(t),k.set(t,e);k.size>Ar;){const[r,n]=k.entries().next().value;k.delete(r),n.then(i=>i&&URL.revokeObjectURL(i))}}function Sr(t,e){const r=k.get(e);if(r)return Be(e,r),r;const n=e.slice(2),o=(e.startsWith("p:")?t.photo(n,!0):t.thumbnail(n)).then(s=>s?URL.createObjectURL(s):null,()=>(k.delete(e),null));return Be(e,o),o}var Er=Object.defineProperty,xe=(t,e,r,n)=>{for(var i=void 0,o=t.length-1,s;o>=0;o--)(s=t[o])&&(i=s(e,r,i)||i);return i&&Er(e,r,i),i};const ke=class ke extends L{constructor(){super(...arguments),this.key="",this.visible=!1,this.loaded=""}connectedCallback(){super.connectedCallback(),this.observer=new IntersectionObserver(e=>{this.visible=e.some(r=>r.isIntersecting),this.visible&&this.load()}),this.observer.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this.observer?.disconnect()}updated(e){e.has("key")&&this.loaded!==this.key&&(this.url=void 0,this.loaded="",this.visible&&this.load())}async load(){const e=this.key;if(!this.api||!e||this.loaded===e)return;this.loaded=e;const r=await Sr(this.api,e);this.key===e&&(this.url=r)}render(){return this.url?m`<img src=${this.url} alt="" data-loaded=${this.key} />`:this.url===null||!this.key?at(lr):m``}};ke.styles=V`
    :host {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      width: var(--pl-thumb-width, 40px);
      height: var(--pl-thumb-height, 30px);
      vertical-align: middle;
      border-radius: 4px;
      overflow: hidden;
      background: var(--secondary-background-color, #eee);
      color: var(--disabled-text-color, #9e9e9e);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    svg {
      width: 60%;
      height: 60%;
      fill: currentColor;
    }
  `;let M=ke;xe([N({attribute:!1})],M.prototype,"api");xe([N({reflect:!0})],M.prototype,"key");xe([Ge()],M.prototype,"url");ze("pl-photo-thumb",M);function pt(t){const e=[t.vendor,t.filament_name].filter(Boolean).join(" ");return e?`#${t.spool_id} ${e}`:`#${t.spool_id}`}function ht(t){const e=(t.multi_color_hexes??"").split(",").map(r=>pe(r)).filter(r=>!!r);if(e.length>1){const r=100/e.length;return`linear-gradient(90deg, ${e.map((n,i)=>`${n} ${i*r}% ${(i+1)*r}%`).join(", ")})`}return pe(t.color_hex)}function Jn(t,e){return t?.length?m`<span class="spools" data-spools=${t.map(r=>r.spool_id).join(",")}>
    ${t.map(r=>{const n=ht(r),i=r.weight_g!==void 0?ot(r.weight_g,e,1):"",o=[pt(r),r.material,i].filter(Boolean).join(" · ");return m`<span class="spool-chip" title=${o} aria-label=${o}>
        <span class="spool-dot" style=${n?`background:${n}`:""}></span>${r.filament_name??`#${r.spool_id}`}
      </span>`})}
  </span>`:h}function qn(t,e,r){return m`<table class="spool-table">
    <thead>
      <tr>
        <th>${c("spools.spool")}</th>
        <th>${c("spools.material")}</th>
        <th class="num">${c("spools.length")}</th>
        <th class="num">${c("spools.weight")}</th>
        <th class="num">${c("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${t.map(n=>{const i=ht(n);return m`<tr data-spool-id=${n.spool_id}>
          <td><span class="spool-dot" style=${i?`background:${i}`:""}></span> ${pt(n)}</td>
          <td>${n.material??"—"}</td>
          <td class="num">${$e(n.length_mm,r)}</td>
          <td class="num">${n.weight_g!==void 0?ot(n.weight_g,r,1):"—"}</td>
          <td class="num">${G(n.cost??null,r)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${c("spools.filament_cost")}</td>
        <td class="num">${G(e,r)}</td>
      </tr>
    </tfoot>
  </table>`}function Kn(t,e,r){return t.map(n=>{const i={key:n.key===null?"":String(n.key),label:n.key===null?c("common.unknown"):n.label,value:n.filament_g,display:it(n.filament_g,e,0),note:[c("common.n_jobs",{count:n.jobs,n:g(n.jobs,e)}),n.cost!==null?G(n.cost,e):""].filter(Boolean).join(" · ")},o=r?pe(n.color_hex):void 0;return o&&(i.colour=o),i})}const Yn=V`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`;var Cr=Object.defineProperty,B=(t,e,r,n)=>{for(var i=void 0,o=t.length-1,s;o>=0;o--)(s=t[o])&&(i=s(e,r,i)||i);return i&&Cr(e,r,i),i};const je=class je extends L{constructor(){super(...arguments),this.heading="",this.open=!1,this.wide=!1,this.hasActions=!1,this.opener=null}render(){return m`<dialog
      class=${this.wide?"wide":""}
      aria-labelledby="title"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="frame">
        <header>
          <h2 id="title">${this.heading}</h2>
          <button class="icon-btn" aria-label=${c("common.close")} @click=${this.close}>${at(ar)}</button>
        </header>
        <div class="content"><slot></slot></div>
        <footer class=${this.hasActions?"has-actions":""}>
          <slot
            name="actions"
            @slotchange=${e=>this.hasActions=e.target.assignedElements().length>0}
          ></slot>
        </footer>
      </div>
    </dialog>`}updated(e){!e.has("open")||!this.dialog||(this.open&&!this.dialog.open?(this.opener=Lr(),this.dialog.showModal()):!this.open&&this.dialog.open&&this.dialog.close())}close(){this.open=!1}onCancel(e){e.preventDefault(),this.open=!1}onClose(){this.open=!1,this.opener instanceof HTMLElement&&this.opener.isConnected&&this.opener.focus(),this.opener=null,ft(this,"closed")}};je.styles=[dr,V`
      dialog {
        border: none;
        padding: 0;
        border-radius: var(--ha-dialog-border-radius, 16px);
        background: var(--mdc-theme-surface, var(--card-background-color, #fff));
        color: var(--primary-text-color);
        width: min(560px, calc(100vw - 24px));
        max-height: calc(100vh - 48px);
        box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
      }
      dialog.wide {
        width: min(960px, calc(100vw - 24px));
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      .frame {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 48px);
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 12px 8px 8px 20px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.25rem;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .content {
        padding: 0 20px 12px;
        overflow: auto;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: var(--pl-border);
      }
      footer:not(.has-actions) {
        display: none;
      }
      @media (max-width: 600px) {
        dialog,
        dialog.wide {
          width: 100vw;
          max-width: 100vw;
          height: 100%;
          max-height: 100%;
          border-radius: 0;
        }
        .frame {
          max-height: 100%;
          height: 100%;
        }
        .content {
          flex: 1;
        }
      }
    `];let $=je;B([N()],$.prototype,"heading");B([N({type:Boolean,reflect:!0})],$.prototype,"open");B([N({type:Boolean})],$.prototype,"wide");B([Ut("dialog")],$.prototype,"dialog");B([Ge()],$.prototype,"hasActions");function Lr(){let t=document.activeElement;for(;t?.shadowRoot?.activeElement;)t=t.shadowRoot.activeElement;return t}ze("pl-dialog",$);function Gn(t,e){return[{id:"jobs",label:c("kpi.jobs"),value:g(t.jobs,e),sub:c("kpi.jobs_sub",{completed:g(t.completed,e),failed:g(t.failed,e),cancelled:g(t.cancelled,e)})},{id:"success_rate",label:c("kpi.success_rate"),value:Yt(t.success_rate,e),sub:t.in_progress?c("kpi.printing_now",{count:t.in_progress,n:g(t.in_progress,e)}):void 0},{id:"print_hours",label:c("kpi.print_time"),value:A(t.print_hours,"hours",e,1),sub:t.avg_print_hours!==null&&t.avg_print_hours!==void 0?c("kpi.time_per_job",{time:Gt(t.avg_print_hours*3600)}):void 0},{id:"filament",label:c("kpi.filament"),value:Xt(t.filament_g,t.filament_mm,e),sub:t.filament_mm&&t.filament_g?$e(t.filament_mm,e):void 0},{id:"cost",label:c("kpi.cost"),value:G(t.cost,e)}]}const mt="important",Tr=" !"+mt,Mr=It(class extends Bt{constructor(t){if(super(t),t.type!==Vt.ATTRIBUTE||t.name!=="style"||t.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(t){return Object.keys(t).reduce((e,r)=>{const n=t[r];return n==null?e:e+`${r=r.includes("-")?r:r.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${n};`},"")}update(t,[e]){const{style:r}=t.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const n of this.ft)e[n]==null&&(this.ft.delete(n),n.includes("-")?r.removeProperty(n):r[n]=null);for(const n in e){const i=e[n];if(i!=null){this.ft.add(n);const o=typeof i=="string"&&i.endsWith(Tr);n.includes("-")||o?r.setProperty(n,o?i.slice(0,-11):i,o?mt:""):r[n]=i}}return E}});function Xn(t){return Math.round(t.progress*100)}function Qn(t){return Pr(t.progress,c("live.progress_of",{file:st(t.filename)}))}function Pr(t,e,r){const n=Math.min(Math.max(t,0),1);return m`<div
    class="progress ${r??""}"
    role="progressbar"
    aria-label=${e}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(n*100)}
  >
    <div style=${Mr({width:`${Math.round(n*1e3)/10}%`})}></div>
  </div>`}const ei=V`
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;export{dr as $,h as A,E as B,Nn as C,dt as D,_r as E,$r as F,Wn as G,Xr as H,Gt as I,ot as J,tn as K,rn as L,Zn as M,Qr as N,cn as O,fn as P,G as Q,pe as R,gr as S,$e as T,Jn as U,Pn as V,ue as W,nr as X,cr as Y,gn as Z,L as _,Jr as a,qn as a$,pn as a0,hn as a1,N as a2,Ge as a3,rr as a4,ce as a5,Gn as a6,Yn as a7,_n as a8,un as a9,g as aA,Yt as aB,tr as aC,Hn as aD,A as aE,Mr as aF,_t as aG,kn as aH,xn as aI,jn as aJ,Ut as aK,An as aL,Tn as aM,En as aN,Cn as aO,Ln as aP,Sn as aQ,hr as aR,mr as aS,$n as aT,Mn as aU,Kn as aV,wn as aW,Pr as aX,Zr as aY,X as aZ,Or as a_,ei as aa,Bn as ab,In as ac,Qn as ad,Xn as ae,Yr as af,Kr as ag,Gr as ah,Vr as ai,Ir as aj,zn as ak,ln as al,mn as am,sn as an,en as ao,yn as ap,lt as aq,Br as ar,vn as as,it as at,Xt as au,bn as av,lr as aw,qr as ax,Vn as ay,zr as az,Wr as b,V as c,at as d,It as e,on as f,nn as g,m as h,Bt as i,Dr as j,dn as k,c as l,an as m,ut as n,On as o,ct as p,Dn as q,Un as r,st as s,Rn as t,wr as u,xr as v,br as w,vr as x,Fn as y,Vt as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
